// The quick report's downloads: /units/68/report/pdf|xlsx|csv?period=2025-06 as the signed-in reader, named
// bao-cao-nhanh-68-2025-06.pdf. A wrong period is a 400 that says why, another officer's unit a 403: plain text,
// never a stack.
import type { NextRequest } from 'next/server';
import { prepareReport, reportParams } from '@/components/report/prepareReport';
import { renderReportCharts } from '@/components/report/reportCharts';
import { renderReportCsv } from '@/components/report/reportCsv';
import { renderReportPdf } from '@/components/report/reportPdf';
import { reportFileName } from '@/components/report/reportText';
import { renderReportXlsx } from '@/components/report/reportXlsx';
import { localeFrom } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

const FORMATS = {
  pdf: { type: 'application/pdf' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  csv: { type: 'text/csv; charset=utf-8' },
} as const;

const text = (status: number, message: string) =>
  new Response(`${message}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string; format: string }> }) {
  const { code, format } = await params;
  const locale = localeFrom(request.nextUrl.searchParams);
  if (!Object.hasOwn(FORMATS, format)) {
    return text(
      404,
      locale === 'en'
        ? `No report format "${format}": pdf, xlsx or csv.`
        : `Không có định dạng báo cáo "${format}": pdf, xlsx hoặc csv.`,
    );
  }
  const kind = format as keyof typeof FORMATS;
  const prepared = await prepareReport(code, reportParams(request.nextUrl.searchParams), locale);
  if (!prepared.ok) return text(prepared.status, prepared.message);
  const { report } = prepared;
  const body =
    kind === 'pdf'
      ? await renderReportPdf(report, renderReportCharts(report))
      : kind === 'xlsx'
        ? await renderReportXlsx(report)
        : renderReportCsv(report);
  const name = reportFileName(report.unit.code, report.period, kind);
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: {
      'content-type': FORMATS[kind].type,
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'private, no-store',
    },
  });
}
