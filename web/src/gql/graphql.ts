/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An administrative level. Districts exist only in the edition before 2025-07-01. */
export type AdminLevel =
  /** Xã, phường, đặc khu */
  | 'COMMUNE'
  /** Huyện (đến 30/06/2025) */
  | 'DISTRICT'
  /** Tỉnh */
  | 'PROVINCE';

/** One step of an alert’s thread. */
export type AlertEventKind =
  /** A leader accepted the explanation. */
  | 'ACCEPTED'
  /** The value recovered: the alert was closed. */
  | 'CLOSED'
  /** A leader directed the responsible unit to explain by a deadline. */
  | 'DIRECTIVE'
  /** The responsible unit explained (giải trình), with a remedy plan. */
  | 'EXPLANATION'
  /** The value went bad: the alert was raised. */
  | 'RAISED'
  /** A leader returned the explanation with a comment: explain again. */
  | 'RETURNED';

/** Whether an alert is still open. */
export type AlertState =
  /** The value recovered; the alert and its thread are kept. */
  | 'CLOSED'
  /** The value still misses its target (or is in the warning band, where the catalog asks), or its year is still projected to miss. */
  | 'OPEN';

/** How a camera’s picture is fetched. */
export type CameraKind =
  /** Luồng trực tiếp: an HTTP Live Streaming playlist (.m3u8) at the URL. */
  | 'HLS'
  /** Ảnh chụp: a still image at the URL, fetched again every refreshSeconds. */
  | 'SNAPSHOT';

/** A new camera in the registry. */
export type CreateCameraInput = {
  /** False hides the camera from unit pages but keeps it in the registry (default true). */
  active?: boolean | null | undefined;
  /** Snapshot image or HLS stream. */
  kind: CameraKind;
  /** Degrees north, -90 to 90; with longitude, or neither. */
  latitude?: number | null | undefined;
  /** Where it looks, in words: 1 to 200 characters. */
  location: string;
  /** Degrees east, -180 to 180; with latitude, or neither. */
  longitude?: number | null | undefined;
  /** The camera’s name: 1 to 120 characters. */
  name: string;
  /** Snapshot cameras: seconds between frames, 2 to 3600 (default 10). HLS: leave empty. */
  refreshSeconds?: number | null | undefined;
  /** True for a camera of the demo simulator (default false). */
  simulated?: boolean | null | undefined;
  /** The GSO code of the unit whose page shows the camera (current edition). */
  unit: string;
  /** An http or https URL without user name or password: the image, or the .m3u8 playlist. */
  url: string;
};

/** Which way an indicator is better. */
export type Direction =
  /** Higher is better. */
  | 'HIGHER'
  /** Lower is better. */
  | 'LOWER'
  /** Within a range is best. */
  | 'RANGE';

/** Where a directive stands in its thread. */
export type DirectiveState =
  /** The leader accepted the explanation: the directive is done. */
  | 'ACCEPTED'
  /** Issued: the responsible unit must explain by the deadline. */
  | 'AWAITING_EXPLANATION'
  /** Explained: the leader reviews the explanation. */
  | 'EXPLAINED'
  /** The leader returned the explanation: explain again. */
  | 'RETURNED';

/** How a value was obtained. */
export type ExplanationKind =
  /** A derived indicator: its formula over its inputs at the same unit. */
  | 'FORMULA'
  /** The indicator is not collected at (or below) this unit’s level: there is no value. */
  | 'NOT_COLLECTED_AT_LEVEL'
  /** An input indicator: its observations rolled up over time, then over units. */
  | 'ROLLUP';

/** How fresh the values of a feed are. */
export type FeedStatus =
  /** The last poll failed (see lastError); the values shown are those of the last success, if any. */
  | 'FAILING'
  /** No poll has succeeded or failed yet: the indicators have no fed values. */
  | 'NEVER'
  /** The last poll succeeded, within the last three intervals. */
  | 'OK'
  /** No successful poll for three intervals or more: the values may be out of date. */
  | 'STALE';

/** How often an indicator is collected; periods use SDMX-style identifiers (2025, 2025-Q3, 2025-07, 2025-W05, 2025-07-15). */
export type Frequency =
  /** Ngày */
  | 'DAY'
  /** Tháng */
  | 'MONTH'
  /** Quý */
  | 'QUARTER'
  /** Tuần */
  | 'WEEK'
  /** Năm */
  | 'YEAR';

/** Every indicator of the catalog, by its stable code. */
export type IndicatorCode =
  /** Sản lượng thủy sản nuôi trồng (tấn) */
  | 'AGR_AQUACULTURE'
  /** Diện tích cà phê hiện có (ha) */
  | 'AGR_COFFEE_AREA'
  /** Sản lượng cà phê nhân (tấn) */
  | 'AGR_COFFEE_PROD'
  /** Diện tích đất sản xuất nông nghiệp (ha) */
  | 'AGR_CULTIVATED_AREA'
  /** Sản lượng thanh long (tấn) */
  | 'AGR_DRAGON_PROD'
  /** Sản lượng sầu riêng (tấn) */
  | 'AGR_DURIAN_PROD'
  /** Tổng sản lượng thủy sản (tấn) */
  | 'AGR_FISHERY_TOTAL'
  /** Sản lượng thủy sản khai thác (tấn) */
  | 'AGR_FISH_CATCH'
  /** Sản lượng hoa các loại (triệu cành) */
  | 'AGR_FLOWER_PROD'
  /** Diện tích rừng hiện có (ha) */
  | 'AGR_FOREST_AREA'
  /** Tỷ lệ che phủ rừng (%) */
  | 'AGR_FOREST_COVER'
  /** Số vụ cháy rừng (vụ) */
  | 'AGR_FOREST_FIRES'
  /** Số vụ cháy rừng lũy kế từ đầu năm (vụ) */
  | 'AGR_FOREST_FIRES_YTD'
  /** Số vụ vi phạm pháp luật về lâm nghiệp (vụ) */
  | 'AGR_FOREST_VIOLATIONS'
  /** Diện tích sản xuất nông nghiệp ứng dụng công nghệ cao (ha) */
  | 'AGR_HIGHTECH_AREA'
  /** Tỷ lệ diện tích sản xuất nông nghiệp ứng dụng công nghệ cao (%) */
  | 'AGR_HIGHTECH_SHARE'
  /** Sản lượng thịt hơi xuất chuồng (tấn) */
  | 'AGR_MEAT_PROD'
  /** Xã đạt chuẩn nông thôn mới (xã) */
  | 'AGR_NTM_COMMUNE'
  /** Diện tích gieo trồng lúa (ha) */
  | 'AGR_RICE_AREA'
  /** Sản lượng lúa (tấn) */
  | 'AGR_RICE_PROD'
  /** Năng suất lúa (tạ/ha) */
  | 'AGR_RICE_YIELD'
  /** Sản lượng chè búp tươi (tấn) */
  | 'AGR_TEA_PROD'
  /** Diện tích gieo trồng rau các loại (ha) */
  | 'AGR_VEG_AREA'
  /** Sản lượng rau các loại (tấn) */
  | 'AGR_VEG_PROD'
  /** Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn (%) */
  | 'CFB_ON_TIME_RATE'
  /** Số phản ánh, kiến nghị quá hạn chưa xử lý (phản ánh) */
  | 'CFB_OVERDUE_PENDING'
  /** Số phản ánh, kiến nghị tiếp nhận (phản ánh) */
  | 'CFB_RECEIVED'
  /** Số phản ánh, kiến nghị qua tổng đài 1022 (phản ánh) */
  | 'CFB_RECEIVED_HOTLINE'
  /** Tỷ lệ phản ánh, kiến nghị đã xử lý so với tiếp nhận (%) */
  | 'CFB_RESOLUTION_RATE'
  /** Số phản ánh, kiến nghị đã xử lý (phản ánh) */
  | 'CFB_RESOLVED'
  /** Số phản ánh, kiến nghị xử lý đúng hạn (phản ánh) */
  | 'CFB_RESOLVED_ON_TIME'
  /** Tỷ lệ người dân hài lòng với kết quả xử lý phản ánh (%) */
  | 'CFB_SATISFACTION'
  /** Số camera giám sát kết nối về Trung tâm điều hành thông minh (camera) */
  | 'DTF_CAMERAS_CONNECTED'
  /** Số tổ công nghệ số cộng đồng (tổ) */
  | 'DTF_COMMUNITY_TECH_TEAMS'
  /** Tỷ lệ văn bản đi được ký số, gửi nhận điện tử (%) */
  | 'DTF_DIGITAL_SIGN_RATE'
  /** Số lượt người dân được phổ cập kỹ năng số (lượt người) */
  | 'DTF_DIGITAL_SKILL_TRAINEES'
  /** Số văn bản đi của cơ quan nhà nước (văn bản) */
  | 'DTF_DOCS_OUTGOING'
  /** Số văn bản đi được ký số và gửi nhận điện tử (văn bản) */
  | 'DTF_DOCS_SIGNED'
  /** Chỉ số chuyển đổi số cấp tỉnh (DTI) (điểm) */
  | 'DTF_DTI_SCORE'
  /** Số tài khoản định danh điện tử mức 2 đã kích hoạt (tài khoản) */
  | 'DTF_VNEID_ACTIVATED'
  /** Tỷ lệ dân số có tài khoản định danh điện tử mức 2 (%) */
  | 'DTF_VNEID_RATE'
  /** Số học sinh phổ thông bỏ học (học sinh) */
  | 'EDU_DROPOUTS'
  /** Tỷ lệ học sinh phổ thông bỏ học (%) */
  | 'EDU_DROPOUT_RATE'
  /** Số thí sinh dự thi tốt nghiệp trung học phổ thông (thí sinh) */
  | 'EDU_EXAM_CANDIDATES'
  /** Số thí sinh được công nhận tốt nghiệp trung học phổ thông (thí sinh) */
  | 'EDU_EXAM_GRADUATES'
  /** Tỷ lệ tốt nghiệp trung học phổ thông (%) */
  | 'EDU_GRADUATION_RATE'
  /** Số học sinh bình quân một giáo viên phổ thông (học sinh/giáo viên) */
  | 'EDU_PUPILS_PER_TEACHER'
  /** Số trường mầm non và phổ thông (trường) */
  | 'EDU_SCHOOLS'
  /** Số trường đạt chuẩn quốc gia (trường) */
  | 'EDU_SCHOOLS_STANDARD'
  /** Tỷ lệ trường đạt chuẩn quốc gia (%) */
  | 'EDU_STANDARD_SCHOOL_RATE'
  /** Số học sinh trung học cơ sở (học sinh) */
  | 'EDU_STUDENTS_LOWER_SEC'
  /** Số học sinh tiểu học (học sinh) */
  | 'EDU_STUDENTS_PRIMARY'
  /** Tổng số học sinh phổ thông (học sinh) */
  | 'EDU_STUDENTS_TOTAL'
  /** Số học sinh trung học phổ thông (học sinh) */
  | 'EDU_STUDENTS_UPPER_SEC'
  /** Số giáo viên phổ thông (giáo viên) */
  | 'EDU_TEACHERS'
  /** Số doanh nghiệp đang hoạt động (doanh nghiệp) */
  | 'ENT_ACTIVE'
  /** Vốn đăng ký bình quân một doanh nghiệp thành lập mới (tỷ đồng/doanh nghiệp) */
  | 'ENT_AVG_CAPITAL'
  /** Số hợp tác xã đang hoạt động (hợp tác xã) */
  | 'ENT_COOP'
  /** Số doanh nghiệp hoàn tất thủ tục giải thể (doanh nghiệp) */
  | 'ENT_DISSOLVED'
  /** Số hộ kinh doanh đang hoạt động (hộ) */
  | 'ENT_HOUSEHOLD_BIZ'
  /** Số doanh nghiệp thành lập mới (doanh nghiệp) */
  | 'ENT_NEW'
  /** Vốn đăng ký của doanh nghiệp thành lập mới (tỷ đồng) */
  | 'ENT_NEW_CAPITAL'
  /** Tốc độ tăng số doanh nghiệp thành lập mới so với cùng kỳ (%) */
  | 'ENT_NEW_GROWTH'
  /** Số doanh nghiệp thành lập mới lũy kế từ đầu năm (doanh nghiệp) */
  | 'ENT_NEW_YTD'
  /** Số doanh nghiệp đang hoạt động trên 10.000 dân (doanh nghiệp/10.000 dân) */
  | 'ENT_PER_10K'
  /** Số doanh nghiệp tạm ngừng kinh doanh có thời hạn (doanh nghiệp) */
  | 'ENT_SUSPENDED'
  /** Chỉ số chất lượng không khí (VN_AQI) trung bình ngày (điểm) */
  | 'ENV_AQI'
  /** Số khu, cụm công nghiệp đang hoạt động (khu, cụm) */
  | 'ENV_IZ_OPERATING'
  /** Số khu, cụm công nghiệp có hệ thống xử lý nước thải tập trung đạt quy chuẩn (khu, cụm) */
  | 'ENV_IZ_WWTP'
  /** Tỷ lệ khu, cụm công nghiệp có hệ thống xử lý nước thải tập trung đạt quy chuẩn (%) */
  | 'ENV_IZ_WWTP_RATE'
  /** Tỷ lệ chất thải rắn sinh hoạt chôn lấp trực tiếp (%) */
  | 'ENV_LANDFILL_RATE'
  /** Nồng độ bụi mịn PM2.5 trung bình 24 giờ (µg/m³) */
  | 'ENV_PM25'
  /** Số vụ vi phạm pháp luật về bảo vệ môi trường bị xử lý (vụ) */
  | 'ENV_VIOLATIONS'
  /** Khối lượng chất thải rắn sinh hoạt được thu gom, xử lý (tấn) */
  | 'ENV_WASTE_COLLECTED'
  /** Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý (%) */
  | 'ENV_WASTE_COLLECTION_RATE'
  /** Khối lượng chất thải rắn sinh hoạt phát sinh (tấn) */
  | 'ENV_WASTE_GENERATED'
  /** Khối lượng chất thải rắn sinh hoạt chôn lấp trực tiếp (tấn) */
  | 'ENV_WASTE_LANDFILLED'
  /** Khối lượng chất thải rắn sinh hoạt phát sinh bình quân đầu người (kg/người/ngày) */
  | 'ENV_WASTE_PER_CAPITA'
  /** Chỉ số chất lượng nước mặt (VN_WQI) (điểm) */
  | 'ENV_WQI'
  /** Tổng chi ngân sách địa phương (tỷ đồng) */
  | 'FIN_EXPENDITURE'
  /** Chi đầu tư phát triển (tỷ đồng) */
  | 'FIN_EXP_DEV'
  /** Tỷ trọng chi đầu tư phát triển trong tổng chi ngân sách địa phương (%) */
  | 'FIN_EXP_DEV_SHARE'
  /** Chi thường xuyên (tỷ đồng) */
  | 'FIN_EXP_RECURRENT'
  /** Tổng thu ngân sách nhà nước trên địa bàn (tỷ đồng) */
  | 'FIN_REVENUE'
  /** Thu ngân sách nhà nước trên địa bàn lũy kế từ đầu năm (tỷ đồng) */
  | 'FIN_REVENUE_YTD'
  /** Thu nội địa (tỷ đồng) */
  | 'FIN_REV_DOMESTIC'
  /** Dự toán thu ngân sách nhà nước trên địa bàn năm (tỷ đồng) */
  | 'FIN_REV_ESTIMATE'
  /** Tỷ lệ thực hiện dự toán thu ngân sách nhà nước (%) */
  | 'FIN_REV_EXEC_RATE'
  /** Tốc độ tăng thu ngân sách lũy kế so với cùng kỳ (%) */
  | 'FIN_REV_GROWTH'
  /** Thu tiền sử dụng đất (tỷ đồng) */
  | 'FIN_REV_LAND'
  /** Tổng số tiền nợ thuế (tỷ đồng) */
  | 'FIN_TAX_ARREARS'
  /** GRDP khu vực nông, lâm nghiệp và thủy sản theo giá hiện hành (tỷ đồng) */
  | 'GRDP_AGR_CURRENT'
  /** Tỷ trọng khu vực nông, lâm nghiệp và thủy sản trong GRDP (%) */
  | 'GRDP_AGR_SHARE'
  /** GRDP theo giá so sánh 2010 (tỷ đồng) */
  | 'GRDP_CONSTANT'
  /** Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành (tỷ đồng) */
  | 'GRDP_CURRENT'
  /** Chỉ số giảm phát GRDP (%) */
  | 'GRDP_DEFLATOR'
  /** Tỷ trọng kinh tế số trong GRDP (%) */
  | 'GRDP_DIGITAL_SHARE'
  /** Tốc độ tăng trưởng GRDP so với cùng kỳ (%) */
  | 'GRDP_GROWTH'
  /** Tốc độ tăng trưởng GRDP lũy kế từ đầu năm (%) */
  | 'GRDP_GROWTH_YTD'
  /** GRDP khu vực công nghiệp và xây dựng theo giá hiện hành (tỷ đồng) */
  | 'GRDP_IND_CURRENT'
  /** Tỷ trọng khu vực công nghiệp và xây dựng trong GRDP (%) */
  | 'GRDP_IND_SHARE'
  /** GRDP bình quân đầu người (triệu đồng/người) */
  | 'GRDP_PER_CAPITA'
  /** GRDP khu vực dịch vụ theo giá hiện hành (tỷ đồng) */
  | 'GRDP_SVC_CURRENT'
  /** Tỷ trọng khu vực dịch vụ trong GRDP (%) */
  | 'GRDP_SVC_SHARE'
  /** Tỷ trọng thuế sản phẩm trừ trợ cấp sản phẩm trong GRDP (%) */
  | 'GRDP_TAX_SHARE'
  /** Số giường bệnh (không kể trạm y tế xã) (giường) */
  | 'HEA_BEDS'
  /** Số giường bệnh trên 10.000 dân (giường/vạn dân) */
  | 'HEA_BEDS_PER_10K'
  /** Số ca mắc sốt xuất huyết (ca) */
  | 'HEA_DENGUE_CASES'
  /** Số bác sĩ (người) */
  | 'HEA_DOCTORS'
  /** Số bác sĩ trên 10.000 dân (bác sĩ/vạn dân) */
  | 'HEA_DOCTORS_PER_10K'
  /** Số người dân được lập hồ sơ sức khỏe điện tử (người) */
  | 'HEA_EHR_PEOPLE'
  /** Tỷ lệ dân số được quản lý sức khỏe bằng hồ sơ sức khỏe điện tử (%) */
  | 'HEA_EHR_RATE'
  /** Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (%) */
  | 'HEA_FULL_VACC_RATE'
  /** Số trẻ em dưới 1 tuổi thuộc diện tiêm chủng (trẻ) */
  | 'HEA_INFANTS'
  /** Số trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (trẻ) */
  | 'HEA_INFANTS_FULLY_VACC'
  /** Số lượt khám bệnh (lượt) */
  | 'HEA_OUTPATIENT_VISITS'
  /** Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi (%) */
  | 'HEA_STUNTING_RATE'
  /** Số trẻ em dưới 5 tuổi được cân, đo (trẻ) */
  | 'HEA_U5_MEASURED'
  /** Số trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi (trẻ) */
  | 'HEA_U5_STUNTED'
  /** Tỷ lệ trạm phát sóng 5G (%) */
  | 'ICT_5G_SHARE'
  /** Số trạm thu phát sóng 5G (trạm) */
  | 'ICT_5G_STATIONS'
  /** Số trạm thu phát sóng thông tin di động (BTS) (trạm) */
  | 'ICT_BTS_STATIONS'
  /** Số thuê bao Internet băng rộng cố định (thuê bao) */
  | 'ICT_FBB_SUBS'
  /** Số thuê bao Internet băng rộng cố định trên 100 dân (thuê bao/100 dân) */
  | 'ICT_FBB_SUBS_PER_100'
  /** Số thuê bao điện thoại di động (thuê bao) */
  | 'ICT_MOBILE_SUBS'
  /** Số thuê bao điện thoại di động trên 100 dân (thuê bao/100 dân) */
  | 'ICT_MOBILE_SUBS_PER_100'
  /** Doanh thu dịch vụ bưu chính, viễn thông (tỷ đồng) */
  | 'ICT_TELECOM_REVENUE'
  /** Số thôn, bon, buôn chưa có sóng di động (thôn) */
  | 'ICT_VILLAGES_NO_SIGNAL'
  /** Sản lượng alumin (tấn) */
  | 'IND_ALUMINA'
  /** Sản lượng quặng bauxite tinh (tấn) */
  | 'IND_BAUXITE'
  /** Tỷ lệ lấp đầy khu, cụm công nghiệp (%) */
  | 'IND_CLUSTER_OCCUPANCY'
  /** Sản lượng điện thủy điện (triệu kWh) */
  | 'IND_HYDRO_OUTPUT'
  /** Chỉ số sản xuất công nghiệp (IIP) so với năm gốc (%) */
  | 'IND_IIP'
  /** Chỉ số sản xuất ngành chế biến, chế tạo so với năm gốc (%) */
  | 'IND_IIP_MANUF'
  /** Chỉ số sản xuất ngành chế biến, chế tạo so với cùng kỳ năm trước (%) */
  | 'IND_IIP_MANUF_YOY'
  /** Chỉ số sản xuất công nghiệp so với cùng kỳ năm trước (%) */
  | 'IND_IIP_YOY'
  /** Tổng sản lượng điện sản xuất (triệu kWh) */
  | 'IND_POWER_OUTPUT'
  /** Tỷ trọng điện gió và điện mặt trời trong sản lượng điện sản xuất (%) */
  | 'IND_RENEWABLE_SHARE'
  /** Sản lượng điện mặt trời (triệu kWh) */
  | 'IND_SOLAR_OUTPUT'
  /** Sản lượng điện gió (triệu kWh) */
  | 'IND_WIND_OUTPUT'
  /** Số tiền chậm đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp (tỷ đồng) */
  | 'INS_ARREARS'
  /** Số người tham gia bảo hiểm y tế (người) */
  | 'INS_HEALTH'
  /** Tỷ lệ dân số tham gia bảo hiểm y tế (%) */
  | 'INS_HEALTH_COVERAGE'
  /** Tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội (%) */
  | 'INS_SOCIAL_COVERAGE'
  /** Số người tham gia bảo hiểm xã hội bắt buộc (người) */
  | 'INS_SOCIAL_PARTICIPANTS'
  /** Số người tham gia bảo hiểm thất nghiệp (người) */
  | 'INS_UNEMPLOYMENT'
  /** Số người có quyết định hưởng trợ cấp thất nghiệp (người) */
  | 'INS_UNEMP_BENEFIT'
  /** Tỷ lệ lực lượng lao động tham gia bảo hiểm thất nghiệp (%) */
  | 'INS_UNEMP_COVERAGE'
  /** Số người tham gia bảo hiểm xã hội tự nguyện (người) */
  | 'INS_VOLUNTARY'
  /** Số giấy phép xây dựng được cấp (giấy phép) */
  | 'INV_BUILD_PERMITS'
  /** Tỷ lệ giải ngân vốn đầu tư công (%) */
  | 'INV_DISBURSE_RATE'
  /** Vốn đăng ký của dự án đầu tư trong nước (tỷ đồng) */
  | 'INV_DOMESTIC_CAPITAL'
  /** Số dự án đầu tư trong nước được chấp thuận (dự án) */
  | 'INV_DOMESTIC_PROJECTS'
  /** Vốn đầu tư trực tiếp nước ngoài đăng ký (triệu USD) */
  | 'INV_FDI_CAPITAL'
  /** Số dự án đầu tư trực tiếp nước ngoài cấp mới (dự án) */
  | 'INV_FDI_PROJECTS'
  /** Diện tích sàn nhà ở xây dựng mới hoàn thành (m²) */
  | 'INV_HOUSING_FLOOR'
  /** Vốn đầu tư công giải ngân trong tháng (tỷ đồng) */
  | 'INV_PUBLIC_DISBURSED'
  /** Kế hoạch vốn đầu tư công năm được giao (tỷ đồng) */
  | 'INV_PUBLIC_PLAN'
  /** Vốn đầu tư thực hiện toàn xã hội (tỷ đồng) */
  | 'INV_SOCIAL'
  /** Tỷ lệ vốn đầu tư toàn xã hội so với GRDP (%) */
  | 'INV_SOCIAL_GRDP'
  /** Tốc độ tăng vốn đầu tư toàn xã hội so với cùng kỳ (%) */
  | 'INV_SOCIAL_GROWTH'
  /** Số vụ việc dân sự, hôn nhân gia đình, kinh doanh thương mại, lao động thụ lý mới (vụ việc) */
  | 'JUS_CIVIL_CASES_ACCEPTED'
  /** Số vụ việc dân sự, hôn nhân gia đình, kinh doanh thương mại, lao động đã giải quyết (vụ việc) */
  | 'JUS_CIVIL_CASES_RESOLVED'
  /** Tỷ lệ giải quyết so với thụ lý mới các vụ việc dân sự, hôn nhân gia đình, kinh doanh thương mại, lao động (%) */
  | 'JUS_CIVIL_RESOLUTION_RATE'
  /** Tỷ lệ điều tra làm rõ các vụ phạm tội về trật tự xã hội (%) */
  | 'JUS_CLEARANCE_RATE'
  /** Số vụ phạm tội về trật tự xã hội được phát hiện (vụ) */
  | 'JUS_CRIMES'
  /** Số vụ phạm tội về trật tự xã hội được điều tra làm rõ (vụ) */
  | 'JUS_CRIMES_SOLVED'
  /** Biến động số vụ phạm tội về trật tự xã hội so với cùng kỳ (%) */
  | 'JUS_CRIMES_YOY'
  /** Số vụ vi phạm pháp luật về ma túy được phát hiện (vụ) */
  | 'JUS_DRUG_CASES'
  /** Số vụ cháy, nổ (vụ) */
  | 'JUS_FIRES'
  /** Thiệt hại tài sản do cháy, nổ (triệu đồng) */
  | 'JUS_FIRE_DAMAGE'
  /** Số vụ tai nạn lao động (vụ) */
  | 'LAB_ACCIDENTS'
  /** Số lao động có việc làm (người) */
  | 'LAB_EMPLOYED'
  /** Lực lượng lao động từ 15 tuổi trở lên (người) */
  | 'LAB_FORCE'
  /** Số lao động được giải quyết việc làm mới (người) */
  | 'LAB_NEW_JOBS'
  /** Số lao động được giải quyết việc làm mới lũy kế từ đầu năm (người) */
  | 'LAB_NEW_JOBS_YTD'
  /** Số người đi làm việc ở nước ngoài theo hợp đồng (người) */
  | 'LAB_OVERSEAS'
  /** Số lao động đã qua đào tạo có bằng cấp, chứng chỉ (người) */
  | 'LAB_TRAINED'
  /** Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ (%) */
  | 'LAB_TRAINED_RATE'
  /** Số người thất nghiệp (người) */
  | 'LAB_UNEMPLOYED'
  /** Tỷ lệ thất nghiệp (%) */
  | 'LAB_UNEMP_RATE'
  /** Số người được tuyển sinh giáo dục nghề nghiệp (người) */
  | 'LAB_VOC_ENROLMENT'
  /** Số hộ sử dụng nước sạch đạt quy chuẩn (hộ) */
  | 'LIV_CLEAN_WATER_HH'
  /** Tỷ lệ hộ sử dụng nước sạch đạt quy chuẩn (%) */
  | 'LIV_CLEAN_WATER_RATE'
  /** Tổng số hộ dân cư theo kết quả rà soát hộ nghèo (hộ) */
  | 'LIV_HOUSEHOLDS'
  /** Thu nhập bình quân đầu người một tháng (triệu đồng/người/tháng) */
  | 'LIV_INCOME_PER_CAPITA'
  /** Số hộ cận nghèo (hộ) */
  | 'LIV_NEAR_POOR_HH'
  /** Số hộ nghèo đa chiều (hộ) */
  | 'LIV_POOR_HH'
  /** Tỷ lệ hộ nghèo đa chiều (%) */
  | 'LIV_POVERTY_RATE'
  /** Mức giảm tỷ lệ hộ nghèo đa chiều so với năm trước (điểm phần trăm) */
  | 'LIV_POVERTY_REDUCTION'
  /** Số nhà tạm, nhà dột nát (căn) */
  | 'LIV_TEMPORARY_HOUSES'
  /** Diện tích tự nhiên (km²) */
  | 'POP_AREA'
  /** Số trẻ em sinh ra (trẻ) */
  | 'POP_BIRTHS'
  /** Số trẻ em trai sinh ra (trẻ) */
  | 'POP_BIRTHS_MALE'
  /** Tỷ suất sinh thô (‰) */
  | 'POP_CBR'
  /** Số người chết (người) */
  | 'POP_DEATHS'
  /** Mật độ dân số (người/km²) */
  | 'POP_DENSITY'
  /** Số hộ dân cư (hộ) */
  | 'POP_HOUSEHOLDS'
  /** Dân số nam trung bình (người) */
  | 'POP_MALE'
  /** Tỷ lệ tăng dân số tự nhiên (‰) */
  | 'POP_NATURAL_GROWTH'
  /** Tỷ số giới tính của dân số (nam/100 nữ) */
  | 'POP_SEX_RATIO'
  /** Tỷ số giới tính khi sinh (bé trai/100 bé gái) */
  | 'POP_SRB'
  /** Dân số trung bình (người) */
  | 'POP_TOTAL'
  /** Dân số thành thị trung bình (người) */
  | 'POP_URBAN'
  /** Tỷ lệ dân số thành thị (%) */
  | 'POP_URBAN_RATE'
  /** Giá thu mua cà phê nhân xô (đồng/kg) */
  | 'PRC_COFFEE_PRICE'
  /** Chỉ số giá tiêu dùng (CPI) so với năm gốc (%) */
  | 'PRC_CPI'
  /** Chỉ số giá nhóm hàng ăn và dịch vụ ăn uống so với năm gốc (%) */
  | 'PRC_CPI_FOOD'
  /** Tốc độ tăng chỉ số giá tiêu dùng so với tháng trước (%) */
  | 'PRC_CPI_MOM'
  /** Giá thu mua thanh long ruột trắng tại vườn (đồng/kg) */
  | 'PRC_DRAGON_PRICE'
  /** Giá bán buôn hoa hồng (đồng/cành) */
  | 'PRC_FLOWER_PRICE'
  /** Tốc độ tăng chỉ số giá tiêu dùng bình quân từ đầu năm so với cùng kỳ (%) */
  | 'PRC_INFLATION_AVG'
  /** Tốc độ tăng chỉ số giá tiêu dùng so với cùng kỳ năm trước (%) */
  | 'PRC_INFLATION_YOY'
  /** Giá bán buôn bắp cải tại chợ đầu mối (đồng/kg) */
  | 'PRC_VEG_PRICE'
  /** Điểm Số hóa hồ sơ (Bộ chỉ số 766) (điểm) */
  | 'PSV_766_DIGITISATION'
  /** Điểm Cung cấp dịch vụ trực tuyến (Bộ chỉ số 766) (điểm) */
  | 'PSV_766_ONLINE'
  /** Điểm Mức độ hài lòng (Bộ chỉ số 766) (điểm) */
  | 'PSV_766_SATISFACTION'
  /** Điểm Tiến độ giải quyết (Bộ chỉ số 766) (điểm) */
  | 'PSV_766_TIMELINESS'
  /** Tổng điểm chỉ số phục vụ người dân, doanh nghiệp (Bộ chỉ số 766) (điểm) */
  | 'PSV_766_TOTAL'
  /** Điểm Công khai, minh bạch (Bộ chỉ số 766) (điểm) */
  | 'PSV_766_TRANSPARENCY'
  /** Số hồ sơ tiếp nhận trực tuyến (hồ sơ) */
  | 'PSV_DOSSIERS_ONLINE'
  /** Số hồ sơ giải quyết đúng hạn (hồ sơ) */
  | 'PSV_DOSSIERS_ON_TIME'
  /** Số hồ sơ đang giải quyết quá hạn (hồ sơ) */
  | 'PSV_DOSSIERS_OVERDUE'
  /** Số hồ sơ thủ tục hành chính tiếp nhận (hồ sơ) */
  | 'PSV_DOSSIERS_RECEIVED'
  /** Số hồ sơ thủ tục hành chính tiếp nhận lũy kế từ đầu năm (hồ sơ) */
  | 'PSV_DOSSIERS_RECEIVED_YTD'
  /** Số hồ sơ đã giải quyết (hồ sơ) */
  | 'PSV_DOSSIERS_RESOLVED'
  /** Tỷ lệ hồ sơ tiếp nhận trực tuyến (%) */
  | 'PSV_ONLINE_RATE'
  /** Tỷ lệ hồ sơ giải quyết đúng hạn (%) */
  | 'PSV_ON_TIME_RATE'
  /** Tỷ lệ nhiệm vụ khoa học và công nghệ được ứng dụng (%) */
  | 'SCI_APPLIED_RATE'
  /** Số văn bằng bảo hộ quyền sở hữu công nghiệp được cấp (văn bằng) */
  | 'SCI_IP_GRANTS'
  /** Số nhiệm vụ khoa học và công nghệ cấp tỉnh được nghiệm thu (nhiệm vụ) */
  | 'SCI_PROJECTS_ACCEPTED'
  /** Số nhiệm vụ khoa học và công nghệ được ứng dụng vào thực tiễn (nhiệm vụ) */
  | 'SCI_PROJECTS_APPLIED'
  /** Tỷ lệ chi cho nghiên cứu và phát triển so với GRDP (%) */
  | 'SCI_RD_GRDP_SHARE'
  /** Chi cho nghiên cứu khoa học và phát triển công nghệ (tỷ đồng) */
  | 'SCI_RD_SPENDING'
  /** Số doanh nghiệp khoa học và công nghệ (doanh nghiệp) */
  | 'SCI_ST_ENTERPRISES'
  /** Số cơ sở lưu trú du lịch (cơ sở) */
  | 'TOU_ACCOM_ESTABLISHMENTS'
  /** Lượt khách tham quan tại các khu, điểm du lịch (lượt) */
  | 'TOU_ATTRACTION_VISITS'
  /** Thời gian lưu trú bình quân (ngày/lượt khách) */
  | 'TOU_AVG_STAY'
  /** Số lễ hội, sự kiện văn hóa, thể thao, du lịch được tổ chức (sự kiện) */
  | 'TOU_EVENTS'
  /** Lượt khách lưu trú đăng ký trong ngày (lượt khách) */
  | 'TOU_GUESTS_CHECKIN_DAY'
  /** Số ngày khách lưu trú (ngày khách) */
  | 'TOU_GUEST_NIGHTS'
  /** Lượt khách quốc tế lưu trú đăng ký trong ngày (lượt khách) */
  | 'TOU_INTL_CHECKIN_DAY'
  /** Tỷ lệ khách du lịch quốc tế (%) */
  | 'TOU_INTL_SHARE'
  /** Công suất sử dụng buồng bình quân (%) */
  | 'TOU_OCCUPANCY'
  /** Lượt khách lưu trú (lượt khách) */
  | 'TOU_OVERNIGHT_GUESTS'
  /** Tổng thu từ khách du lịch (tỷ đồng) */
  | 'TOU_REVENUE'
  /** Tăng trưởng tổng thu từ khách du lịch so với cùng kỳ (%) */
  | 'TOU_REVENUE_YOY'
  /** Số buồng lưu trú (buồng) */
  | 'TOU_ROOMS'
  /** Tỷ lệ dân số tập luyện thể dục, thể thao thường xuyên (%) */
  | 'TOU_SPORT_PARTICIPATION'
  /** Tổng lượt khách du lịch (lượt khách) */
  | 'TOU_VISITORS'
  /** Lượt khách du lịch quốc tế (lượt khách) */
  | 'TOU_VISITORS_INTL'
  /** Tăng trưởng lượt khách du lịch so với cùng kỳ (%) */
  | 'TOU_VISITORS_YOY'
  /** Lượt khách du lịch lũy kế từ đầu năm (lượt khách) */
  | 'TOU_VISITORS_YTD'
  /** Doanh thu dịch vụ lưu trú, ăn uống (tỷ đồng) */
  | 'TRD_ACCOM_FOOD'
  /** Tỷ trọng cà phê trong kim ngạch xuất khẩu (%) */
  | 'TRD_COFFEE_EXPORT_SHARE'
  /** Kim ngạch xuất khẩu hàng hóa (triệu USD) */
  | 'TRD_EXPORT'
  /** Kim ngạch xuất khẩu cà phê (triệu USD) */
  | 'TRD_EXPORT_COFFEE'
  /** Tốc độ tăng kim ngạch xuất khẩu lũy kế so với cùng kỳ (%) */
  | 'TRD_EXPORT_GROWTH'
  /** Kim ngạch xuất khẩu hàng hóa lũy kế từ đầu năm (triệu USD) */
  | 'TRD_EXPORT_YTD'
  /** Kim ngạch nhập khẩu hàng hóa (triệu USD) */
  | 'TRD_IMPORT'
  /** Số chợ đang hoạt động (chợ) */
  | 'TRD_MARKETS'
  /** Số vụ vi phạm về buôn lậu, gian lận thương mại và hàng giả bị xử lý (vụ) */
  | 'TRD_MARKET_VIOLATIONS'
  /** Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (tỷ đồng) */
  | 'TRD_RETAIL'
  /** Tốc độ tăng tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng (%) */
  | 'TRD_RETAIL_GROWTH'
  /** Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng lũy kế từ đầu năm (tỷ đồng) */
  | 'TRD_RETAIL_YTD'
  /** Tốc độ tăng hành khách qua Cảng hàng không Liên Khương so với cùng kỳ (%) */
  | 'TRN_AIR_GROWTH'
  /** Số lượt hành khách qua Cảng hàng không Liên Khương (lượt khách) */
  | 'TRN_AIR_PASSENGERS'
  /** Số chuyến xe khách xuất bến (chuyến) */
  | 'TRN_COACH_DEPARTURES'
  /** Khối lượng hàng hóa vận chuyển (nghìn tấn) */
  | 'TRN_FREIGHT'
  /** Tốc độ tăng khối lượng hàng hóa vận chuyển so với cùng kỳ (%) */
  | 'TRN_FREIGHT_GROWTH'
  /** Khối lượng hàng hóa luân chuyển (triệu tấn.km) */
  | 'TRN_FREIGHT_TKM'
  /** Số lượt hành khách vận chuyển (nghìn lượt khách) */
  | 'TRN_PASSENGERS'
  /** Tốc độ tăng số lượt hành khách vận chuyển so với cùng kỳ (%) */
  | 'TRN_PASSENGERS_GROWTH'
  /** Số lượt hành khách luân chuyển (triệu lượt khách.km) */
  | 'TRN_PASSENGER_KM'
  /** Doanh thu vận tải, kho bãi và dịch vụ hỗ trợ vận tải (tỷ đồng) */
  | 'TRN_REVENUE'
  /** Số vụ tai nạn giao thông (vụ) */
  | 'TRS_ACCIDENTS'
  /** Biến động số vụ tai nạn giao thông so với cùng kỳ (%) */
  | 'TRS_ACCIDENTS_YOY'
  /** Số người chết do tai nạn giao thông (người) */
  | 'TRS_DEATHS'
  /** Số người chết do tai nạn giao thông trên 100.000 dân (người/100.000 dân) */
  | 'TRS_DEATHS_PER_100K'
  /** Biến động số người chết do tai nạn giao thông so với cùng kỳ (%) */
  | 'TRS_DEATHS_YOY'
  /** Số người chết do tai nạn giao thông lũy kế từ đầu năm (người) */
  | 'TRS_DEATHS_YTD'
  /** Số người bị thương do tai nạn giao thông (người) */
  | 'TRS_INJURED'
  /** Số trường hợp vi phạm trật tự, an toàn giao thông bị xử lý (trường hợp) */
  | 'TRS_VIOLATIONS';

/** How a year-end projection was made. */
export type ProjectionMethod =
  /** A derived indicator: its formula on the year, with each input’s year replaced by that input’s own projection; the error propagated from the inputs’ (taken as independent). */
  | 'FORMULA'
  /** An indicator summed over time: its running total divided by the share of their year earlier years had reached by the same point. */
  | 'RUNNING_TOTAL'
  /** An indicator averaged over time, or read at its latest period: its mean so far (or latest value) divided by the ratio of the same to the year’s value in earlier years by the same point. */
  | 'SEASONAL_RATIO';

/** What an account may do: one role per account (see the README, "Roles"). */
export type Role =
  /** Quản trị: manages accounts and reads the audit log; sees every unit. */
  | 'ADMIN'
  /** Chuyên viên phân tích: sees every unit and value; writes nothing. */
  | 'ANALYST'
  /** Người duy trì danh mục: checks proposed catalog files; sees every unit. */
  | 'CATALOG_MAINTAINER'
  /** Lãnh đạo: sees every unit, sets targets, issues directives and accepts or returns explanations. */
  | 'LEADER'
  /** Cán bộ: enters data and writes explanations for their unit and the units below it (a department officer: for their agency’s indicators). */
  | 'OFFICER';

/** A group of indicators: the 20 groups of Decision 05/2023/QĐ-TTg and the IOC groups. */
export type Sector =
  /** Nông, lâm nghiệp và thủy sản (Agriculture, forestry and fisheries) */
  | 'AGRICULTURE'
  /** Phản ánh, kiến nghị của người dân (Citizen feedback on local issues) */
  | 'CITIZEN_FEEDBACK'
  /** Chuyển đổi số (Digital transformation) */
  | 'DIGITAL_TRANSFORMATION'
  /** Giáo dục (Education) */
  | 'EDUCATION'
  /** Doanh nghiệp, hợp tác xã và cơ sở kinh tế cá thể (Enterprises, cooperatives and household businesses) */
  | 'ENTERPRISE'
  /** Môi trường (Environment) */
  | 'ENVIRONMENT'
  /** Y tế (Health) */
  | 'HEALTH'
  /** Công nghệ thông tin và truyền thông (Information and communication technology) */
  | 'ICT'
  /** Công nghiệp (Industry) */
  | 'INDUSTRY'
  /** Bảo hiểm (Insurance) */
  | 'INSURANCE'
  /** Đầu tư và xây dựng (Investment and construction) */
  | 'INVESTMENT'
  /** Trật tự, an toàn xã hội và tư pháp (Social order, safety and justice) */
  | 'JUSTICE'
  /** Lao động, việc làm (Labour and employment) */
  | 'LABOUR'
  /** Mức sống dân cư (Living standards) */
  | 'LIVING_STANDARDS'
  /** Tài khoản quốc gia (National accounts (GRDP)) */
  | 'NATIONAL_ACCOUNTS'
  /** Đất đai và dân số (Land and population) */
  | 'POPULATION'
  /** Chỉ số giá (Prices) */
  | 'PRICES'
  /** Tài chính công (Public finance) */
  | 'PUBLIC_FINANCE'
  /** Dịch vụ công trực tuyến và thủ tục hành chính (Online public services and administrative procedures) */
  | 'PUBLIC_SERVICES'
  /** Khoa học và công nghệ (Science and technology) */
  | 'SCIENCE'
  /** Văn hóa, thể thao và du lịch (Culture, sport and tourism) */
  | 'TOURISM'
  /** Thương mại, dịch vụ (Trade and services) */
  | 'TRADE'
  /** An toàn giao thông (Traffic safety) */
  | 'TRAFFIC_SAFETY'
  /** Vận tải (Transport) */
  | 'TRANSPORT';

/** Where the values of an indicator come from. */
export type Source =
  /** Tính theo công thức */
  | 'FORMULA'
  /** Nhập từ tệp hoặc hệ thống */
  | 'IMPORT'
  /** Nhập tay bởi đơn vị */
  | 'MANUAL'
  /** Trục dữ liệu quốc gia */
  | 'NATIONAL_FEED';

/** How a value compares with its target. */
export type Status =
  /** Đạt: meets the target. */
  | 'ACHIEVED'
  /** Có nguy cơ không đạt: an indicator summed over time, on target (or in the warning band) for its period, whose year is still running (its last period not yet reported) and is projected to miss the year’s target (less than an even chance; see IndicatorValue.projection). */
  | 'AT_RISK'
  /** Không đạt: misses the target beyond the warning band. */
  | 'NOT_ACHIEVED'
  /** Chưa có số liệu. */
  | 'NO_DATA'
  /** Chưa giao chỉ tiêu. */
  | 'NO_TARGET'
  /** Cảnh báo: misses the target by no more than the warning band. */
  | 'WARNING';

/** How values of shorter periods combine into a longer one. */
export type TimeAggregation =
  /** Trung bình (average) */
  | 'AVERAGE'
  /** Giá trị kỳ đầu (first period’s value) */
  | 'FIRST'
  /** Giá trị kỳ cuối (last period’s value) */
  | 'LAST'
  /** Lớn nhất (maximum) */
  | 'MAX'
  /** Nhỏ nhất (minimum) */
  | 'MIN'
  /** Tổng (sum) */
  | 'SUM';

/** How values of child units combine into their parent. */
export type UnitsAggregation =
  /** Trung bình (average) */
  | 'AVERAGE'
  /** Lớn nhất (maximum) */
  | 'MAX'
  /** Nhỏ nhất (minimum) */
  | 'MIN'
  /** Tổng (sum) */
  | 'SUM'
  /** Trung bình có trọng số (weighted average, by the weight indicator) */
  | 'WEIGHTED_AVERAGE';

/** Changes to a camera: a field left out keeps its value; latitude, longitude and refreshSeconds given as null clear them. */
export type UpdateCameraInput = {
  /** False hides the camera from unit pages but keeps it in the registry (default true). */
  active?: boolean | null | undefined;
  /** Snapshot image or HLS stream. */
  kind?: CameraKind | null | undefined;
  /** Degrees north, -90 to 90; with longitude, or neither. */
  latitude?: number | null | undefined;
  /** Where it looks, in words: 1 to 200 characters. */
  location?: string | null | undefined;
  /** Degrees east, -180 to 180; with latitude, or neither. */
  longitude?: number | null | undefined;
  /** The camera’s name: 1 to 120 characters. */
  name?: string | null | undefined;
  /** Snapshot cameras: seconds between frames, 2 to 3600 (default 10). HLS: leave empty. */
  refreshSeconds?: number | null | undefined;
  /** True for a camera of the demo simulator (default false). */
  simulated?: boolean | null | undefined;
  /** The GSO code of the unit whose page shows the camera (current edition). */
  unit?: string | null | undefined;
  /** An http or https URL without user name or password: the image, or the .m3u8 playlist. */
  url?: string | null | undefined;
};

export type CameraMediaQueryVariables = Exact<{
  id: string | number;
}>;


export type CameraMediaQuery = { camera: { id: string, url: string } };

export type CatalogPageQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogPageQuery = { sectors: Array<{ code: Sector, name: string, nameEn: string, indicators: Array<{ code: IndicatorCode, name: string, nameEn: string, unit: string, frequency: Frequency, levels: Array<AdminLevel>, levelAfterReform: AdminLevel | null, source: Source, formula: string | null, agency: string }> }> };

export type LiveValueFieldsFragment = { period: string, value: number | null, target: number | null, status: Status, indicator: { code: IndicatorCode, name: string, nameEn: string, unit: string } } & { ' $fragmentName'?: 'LiveValueFieldsFragment' };

export type LiveValueQueryVariables = Exact<{
  code: string;
  indicator: IndicatorCode;
  period: string;
}>;


export type LiveValueQuery = { unit: { code: string, fullName: string, value: { ' $fragmentRefs'?: { 'LiveValueFieldsFragment': LiveValueFieldsFragment } } } | null };

export type LiveLatestValueQueryVariables = Exact<{
  code: string;
  indicator: IndicatorCode;
}>;


export type LiveLatestValueQuery = { unit: { code: string, fullName: string, latestValues: Array<{ ' $fragmentRefs'?: { 'LiveValueFieldsFragment': LiveValueFieldsFragment } }> } | null };

export type IssueDirectiveMutationVariables = Exact<{
  alert: string | number;
  message: string;
  deadline: string;
}>;


export type IssueDirectiveMutation = { issueDirective: { id: string, state: DirectiveState } };

export type ExplainMutationVariables = Exact<{
  directive: string | number;
  explanation: string;
  remedyPlan: string;
}>;


export type ExplainMutation = { explain: { id: string, state: DirectiveState } };

export type AcceptExplanationMutationVariables = Exact<{
  directive: string | number;
  comment?: string | null | undefined;
}>;


export type AcceptExplanationMutation = { acceptExplanation: { id: string, state: DirectiveState } };

export type ReturnExplanationMutationVariables = Exact<{
  directive: string | number;
  comment: string;
}>;


export type ReturnExplanationMutation = { returnExplanation: { id: string, state: DirectiveState } };

export type AlertPageQueryVariables = Exact<{
  id: string | number;
}>;


export type AlertPageQuery = { alert: { id: string, period: string, status: Status, value: number | null, target: string | null, state: AlertState, overdue: boolean, raisedAt: string, closedAt: string | null, indicator: { code: IndicatorCode, name: string, nameEn: string, unit: string }, unit: { code: string, fullName: string }, current: { value: number | null, status: Status, projection: { value: number, yearTarget: number | null, chance: number | null } | null }, directive: { id: string, state: DirectiveState, deadline: string, overdue: boolean, message: string } | null, events: Array<{ id: string, kind: AlertEventKind, message: string | null, remedyPlan: string | null, deadline: string | null, at: string, author: { displayName: string, role: Role } | null }> } | null };

export type AlertsInboxQueryVariables = Exact<{
  unit?: string | null | undefined;
  sector?: Sector | null | undefined;
  period?: string | null | undefined;
  state?: AlertState | null | undefined;
  overdue?: boolean | null | undefined;
  awaitingExplanation?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AlertsInboxQuery = { alerts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, period: string, status: Status, value: number | null, target: string | null, state: AlertState, overdue: boolean, raisedAt: string, indicator: { code: IndicatorCode, name: string, nameEn: string, unit: string }, unit: { code: string, fullName: string }, directive: { id: string, state: DirectiveState, deadline: string, overdue: boolean } | null } }> }, sectors: Array<{ code: Sector, name: string, nameEn: string }> };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  actor?: string | null | undefined;
  action?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, actor: string, action: string, entity: string, entityKey: string, before: string | null, after: string | null } }> } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type UnitCamerasQueryVariables = Exact<{
  code: string;
}>;


export type UnitCamerasQuery = { unit: { code: string, cameras: Array<{ id: string, name: string, location: string, latitude: number | null, longitude: number | null, kind: CameraKind, url: string, refreshSeconds: number | null, simulated: boolean }> } | null };

export type CreateCameraMutationVariables = Exact<{
  input: CreateCameraInput;
}>;


export type CreateCameraMutation = { createCamera: { id: string } };

export type UpdateCameraMutationVariables = Exact<{
  id: string | number;
  input: UpdateCameraInput;
}>;


export type UpdateCameraMutation = { updateCamera: { id: string, active: boolean } };

export type DeleteCameraMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCameraMutation = { deleteCamera: { id: string } };

export type CameraRegistryQueryVariables = Exact<{ [key: string]: never; }>;


export type CameraRegistryQuery = { cameras: Array<{ id: string, name: string, location: string, latitude: number | null, longitude: number | null, kind: CameraKind, url: string, refreshSeconds: number | null, simulated: boolean, active: boolean, unit: { code: string, fullName: string } }> };

export type ValueExplanationQueryVariables = Exact<{
  unit: string;
  indicator: IndicatorCode;
  period: string;
}>;


export type ValueExplanationQuery = { unit: { code: string, fullName: string, value: { period: string, value: number | null, status: Status, flags: Array<string>, indicator: { code: IndicatorCode, name: string, nameEn: string, unit: string }, completeness: { reporting: number, expected: number }, explanation: { how: ExplanationKind, formula: string | null, substituted: string | null, timeRule: TimeAggregation | null, unitsRule: UnitsAggregation | null, collectionLevel: AdminLevel, periods: Array<string>, terms: Array<{ period: string, yearToDate: boolean, value: number | null, reporting: number, expected: number, indicator: { code: IndicatorCode, name: string, nameEn: string, unit: string } }>, weight: { code: IndicatorCode, name: string, nameEn: string } | null, units: Array<{ value: number | null, reportedPeriods: number, expectedPeriods: number, crosswalkFrom: Array<string>, unit: { code: string, fullName: string }, observations: Array<{ period: string, source: Source, recordedBy: string, recordedAt: string }> | null }>, notReporting: Array<{ code: string, fullName: string }> } } } | null };

export type IndicatorDefinitionQueryVariables = Exact<{
  code: IndicatorCode;
}>;


export type IndicatorDefinitionQuery = { indicator: { code: IndicatorCode, name: string, nameEn: string, sector: Sector, unit: string, frequency: Frequency, levels: Array<AdminLevel>, levelAfterReform: AdminLevel | null, derived: boolean, formula: string | null, source: Source, bounds: Array<number> | null, agency: string, description: string, key: boolean, deprecated: string | null, inputs: Array<{ code: IndicatorCode, name: string, nameEn: string }>, dependents: Array<{ code: IndicatorCode, name: string, nameEn: string }>, aggregation: { units: UnitsAggregation, time: TimeAggregation, weight: IndicatorCode | null } | null, threshold: { direction: Direction, target: number | null, low: number | null, high: number | null, warning: number | null } | null }, sectors: Array<{ code: Sector, name: string, nameEn: string }> };

export type IndicatorProjectionQueryVariables = Exact<{
  code: IndicatorCode;
  unit: string;
  period: string;
}>;


export type IndicatorProjectionQuery = { unit: { code: string, fullName: string, value: { period: string, value: number | null, status: Status, projection: { method: ProjectionMethod, value: number, toDate: number, years: Array<string>, relativeError: number, yearTarget: number | null, chance: number | null, path: Array<{ period: string, value: number | null, projected: boolean }> } | null } } | null };

export type IndicatorSeriesQueryVariables = Exact<{
  code: IndicatorCode;
  unit: string;
  from: string;
  to: string;
}>;


export type IndicatorSeriesQuery = { unit: { code: string, fullName: string, series: Array<{ period: string, value: number | null, target: number | null, targetLow: number | null, targetHigh: number | null, status: Status }> } | null, units: Array<{ code: string, fullName: string, level: AdminLevel }> };

export type IndicatorHeaderQueryVariables = Exact<{
  code: IndicatorCode;
  province: string;
}>;


export type IndicatorHeaderQuery = { indicator: { code: IndicatorCode, name: string, nameEn: string, unit: string, sector: Sector, frequency: Frequency, levels: Array<AdminLevel>, levelAfterReform: AdminLevel | null, derived: boolean, deprecated: string | null, aggregation: { time: TimeAggregation } | null, threshold: { direction: Direction } | null }, editions: Array<{ id: string, levels: Array<AdminLevel>, validFrom: string, validTo: string | null }>, unit: { code: string, latestValues: Array<{ period: string }> } | null };

export type IndicatorRankingQueryVariables = Exact<{
  code: IndicatorCode;
  level: AdminLevel;
  period: string;
}>;


export type IndicatorRankingQuery = { indicator: { code: IndicatorCode, unit: string, threshold: { direction: Direction } | null }, units: Array<{ code: string, name: string, fullName: string, value: { value: number | null, target: number | null, targetLow: number | null, targetHigh: number | null, status: Status } }> };

export type NavAlertCountQueryVariables = Exact<{
  awaiting?: boolean | null | undefined;
  state?: AlertState | null | undefined;
}>;


export type NavAlertCountQuery = { alerts: { totalCount: number } };

export type LiveAlertActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveAlertActivitySubscription = { alertActivity: { event: { id: string } } };

export type LiveValuesChangedSubscriptionVariables = Exact<{
  unit: string;
  indicators?: Array<IndicatorCode> | IndicatorCode | null | undefined;
}>;


export type LiveValuesChangedSubscription = { valuesChanged: { period: string } };

export type ReportValuesQueryVariables = Exact<{
  code: string;
  period: string;
}>;


export type ReportValuesQuery = { unit: { code: string, fullName: string, level: AdminLevel, edition: { name: string }, values: Array<{ value: number | null, target: number | null, targetLow: number | null, targetHigh: number | null, status: Status, indicator: { code: IndicatorCode, name: string, nameEn: string, sector: Sector, unit: string, key: boolean } }> } | null, sectors: Array<{ code: Sector, name: string, nameEn: string }> };

export type ReportSeriesQueryVariables = Exact<{
  code: string;
  period: string;
  indicators: Array<IndicatorCode> | IndicatorCode;
  count: number;
}>;


export type ReportSeriesQuery = { unit: { values: Array<{ indicator: { code: IndicatorCode }, recent: Array<{ period: string, value: number | null, target: number | null, targetLow: number | null, targetHigh: number | null }> }> } | null };

export type ReportAlertsQueryVariables = Exact<{
  unit: string;
  period: string;
  after?: string | null | undefined;
}>;


export type ReportAlertsQuery = { alerts: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, state: AlertState, raisedAt: string, unit: { code: string }, indicator: { code: IndicatorCode }, directive: { message: string, deadline: string, state: DirectiveState, overdue: boolean, agency: string | null, issuedAt: string, issuedBy: { displayName: string } } | null, events: Array<{ kind: AlertEventKind, message: string | null, remedyPlan: string | null, at: string, author: { displayName: string } | null }> } }> } };

export type UnitAlertCountsQueryVariables = Exact<{
  code: string;
}>;


export type UnitAlertCountsQuery = { unit: { code: string, alertCounts: { open: number, overdue: number, awaitingExplanation: number } } | null };

export type UnitChildrenLatestQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
  sector?: Sector | null | undefined;
  indicators?: Array<IndicatorCode> | IndicatorCode | null | undefined;
  withValues: boolean;
}>;


export type UnitChildrenLatestQuery = { unit: { children: Array<{ code: string, fullName: string, level: AdminLevel, latestValues?: Array<{ value: number | null, status: Status, indicator: { code: IndicatorCode } }>, statusCounts: { achieved: number, warning: number, atRisk: number, notAchieved: number, noData: number } }> } | null };

export type UnitChildrenOverPeriodQueryVariables = Exact<{
  code: string;
  period: string;
  sector?: Sector | null | undefined;
  indicators?: Array<IndicatorCode> | IndicatorCode | null | undefined;
  withValues: boolean;
}>;


export type UnitChildrenOverPeriodQuery = { unit: { children: Array<{ code: string, fullName: string, level: AdminLevel, values?: Array<{ value: number | null, status: Status, indicator: { code: IndicatorCode } }>, statusCounts: { achieved: number, warning: number, atRisk: number, notAchieved: number, noData: number } }> } | null };

export type FeedFreshnessNoteFragment = { status: FeedStatus, lastSuccessAt: string | null, lastErrorAt: string | null, lastError: string | null, lagSeconds: number | null, failures: number } & { ' $fragmentName'?: 'FeedFreshnessNoteFragment' };

export type IndicatorTileValueFragment = { period: string, value: number | null, target: number | null, targetLow: number | null, targetHigh: number | null, status: Status, change: number | null, flags: Array<string>, indicator: { code: IndicatorCode, name: string, nameEn: string, unit: string, frequency: Frequency, sector: Sector, feed: { ' $fragmentRefs'?: { 'FeedFreshnessNoteFragment': FeedFreshnessNoteFragment } } | null }, completeness: { reporting: number, expected: number, ratio: number, complete: boolean }, recent: Array<{ period: string, value: number | null }> } & { ' $fragmentName'?: 'IndicatorTileValueFragment' };

export type UnitTilesLatestQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
  sector?: Sector | null | undefined;
  indicators?: Array<IndicatorCode> | IndicatorCode | null | undefined;
}>;


export type UnitTilesLatestQuery = { unit: { latestValues: Array<(
      { indicator: { code: IndicatorCode, sector: Sector } }
      & { ' $fragmentRefs'?: { 'IndicatorTileValueFragment': IndicatorTileValueFragment } }
    )> } | null };

export type UnitTilesOverPeriodQueryVariables = Exact<{
  code: string;
  period: string;
  sector?: Sector | null | undefined;
  indicators?: Array<IndicatorCode> | IndicatorCode | null | undefined;
}>;


export type UnitTilesOverPeriodQuery = { unit: { values: Array<(
      { indicator: { code: IndicatorCode, sector: Sector } }
      & { ' $fragmentRefs'?: { 'IndicatorTileValueFragment': IndicatorTileValueFragment } }
    )> } | null };

export type UnitHeaderQueryVariables = Exact<{
  code: string;
  period?: string | null | undefined;
}>;


export type UnitHeaderQuery = { unit: { code: string, fullName: string, level: AdminLevel, edition: { id: string, name: string }, ancestors: Array<{ code: string, fullName: string }>, children: Array<{ code: string }>, formedFrom: Array<{ code: string, fullName: string, parent: { fullName: string } | null }>, mergedInto: Array<{ code: string, fullName: string }> } | null, sectors: Array<{ code: Sector, name: string, nameEn: string, indicators: Array<{ code: IndicatorCode, name: string, nameEn: string, unit: string, frequency: Frequency, key: boolean }> }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, role: Role, agency: string | null, unit: { code: string, fullName: string } | null } | null };

export const LiveValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<LiveValueFieldsFragment, unknown>;
export const FeedFreshnessNoteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedFreshnessNote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedFreshness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}}]}}]} as unknown as DocumentNode<FeedFreshnessNoteFragment, unknown>;
export const IndicatorTileValueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorTileValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedFreshnessNote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLow"}},{"kind":"Field","name":{"kind":"Name","value":"targetHigh"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporting"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedFreshnessNote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedFreshness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}}]}}]} as unknown as DocumentNode<IndicatorTileValueFragment, unknown>;
export const CameraMediaDocument = {"__meta__":{"hash":"a14f1963bd148f3b4616ec88e0c3d2cfce3a4f3462060b26ffb361463d5f9ef0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CameraMedia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"camera"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CameraMediaQuery, CameraMediaQueryVariables>;
export const CatalogPageDocument = {"__meta__":{"hash":"cd7f3555183dc551e319b601906a5a3e2062f670c442719f7b3ea700075317c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"levelAfterReform"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogPageQuery, CatalogPageQueryVariables>;
export const LiveValueDocument = {"__meta__":{"hash":"c2bda8b5e87ba1f57af38757e13d20d1303cfb2b43c6ec44a1eb93dcf88a6ab8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveValueFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<LiveValueQuery, LiveValueQueryVariables>;
export const LiveLatestValueDocument = {"__meta__":{"hash":"77064d4eba63c771fc50664ad4460772929bc278b6069d1bb4a0222d747175b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveLatestValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"latestValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicators"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveValueFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<LiveLatestValueQuery, LiveLatestValueQueryVariables>;
export const IssueDirectiveDocument = {"__meta__":{"hash":"0cb475dbb49006d248dcf88305839c6b2e53c5298eecb4a0cd09584f4e6f2050"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueDirective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alert"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueDirective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"alert"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alert"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<IssueDirectiveMutation, IssueDirectiveMutationVariables>;
export const ExplainDocument = {"__meta__":{"hash":"b61f0911e1230b93c634c354b3c8d60be1bfcb645d9b6ce3a3307bfc90289cbf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Explain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"directive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"explanation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"remedyPlan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"directive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"directive"}}},{"kind":"Argument","name":{"kind":"Name","value":"explanation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"explanation"}}},{"kind":"Argument","name":{"kind":"Name","value":"remedyPlan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"remedyPlan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ExplainMutation, ExplainMutationVariables>;
export const AcceptExplanationDocument = {"__meta__":{"hash":"19a4a2cf116234bbdb7abfa0466d71f14d150a41da0c4e341a2a8f18d80bdc1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptExplanation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"directive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptExplanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"directive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"directive"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<AcceptExplanationMutation, AcceptExplanationMutationVariables>;
export const ReturnExplanationDocument = {"__meta__":{"hash":"ba192d7cd79bcd3aec26b33ddaa21ac979b0ea0967335a9c06c30c8f435bd190"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnExplanation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"directive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnExplanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"directive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"directive"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ReturnExplanationMutation, ReturnExplanationMutationVariables>;
export const AlertPageDocument = {"__meta__":{"hash":"581fc983f9b0f4e7d62b11cc630e80c4d9c47f83de35cc3e66e97bdedd816ed2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"projection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"yearTarget"}},{"kind":"Field","name":{"kind":"Name","value":"chance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remedyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<AlertPageQuery, AlertPageQueryVariables>;
export const AlertsInboxDocument = {"__meta__":{"hash":"7d0ae7bdb31dd64d1d5245f76ad8ee4a866a3cb49892c1d219e0b8076e4362fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertsInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"awaitingExplanation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"awaitingExplanation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"awaitingExplanation"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<AlertsInboxQuery, AlertsInboxQueryVariables>;
export const AuditLogDocument = {"__meta__":{"hash":"6dba64e5693c5804f196cedf72cb552f5a5eb0a33a9030589616b477ea2ee175"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityKey"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const LoginDocument = {"__meta__":{"hash":"39f411185f2cbd20d75e668783d06fdd5a35e3d5e49bb7980896876239938e03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"cb1d14c1cc99a25294cfa4376de2402364cb32e6c038a11fb36cf0ebb3a5ce91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const UnitCamerasDocument = {"__meta__":{"hash":"7de4fde0ac77bfb4daedcca82f98622a0409702863d6be820ec73e07ff7500ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitCameras"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"cameras"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"refreshSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"simulated"}}]}}]}}]}}]} as unknown as DocumentNode<UnitCamerasQuery, UnitCamerasQueryVariables>;
export const CreateCameraDocument = {"__meta__":{"hash":"8f31a715e46426e26f87ef39d69b80a3446dd77a8bed0f2a0adf7db61d03318a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCamera"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCameraInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCamera"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCameraMutation, CreateCameraMutationVariables>;
export const UpdateCameraDocument = {"__meta__":{"hash":"b6d51c4224c4628f557d5399f26e0f87a97e9c19e65ed74cecd49e8044dbab8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCamera"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCameraInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCamera"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateCameraMutation, UpdateCameraMutationVariables>;
export const DeleteCameraDocument = {"__meta__":{"hash":"b28aebbcd099dc1edec90211bc1274c9ba8fe2536f0eb9e15a9eacb877b3e0a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCamera"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCamera"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteCameraMutation, DeleteCameraMutationVariables>;
export const CameraRegistryDocument = {"__meta__":{"hash":"54b236fb2a69d721ebb80e3c1008f57fab69f323a810b24427316d1dd84d00bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CameraRegistry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cameras"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"refreshSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"simulated"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<CameraRegistryQuery, CameraRegistryQueryVariables>;
export const ValueExplanationDocument = {"__meta__":{"hash":"ebe7ac67560489e1c9b7a6a9a9d1465fbb18b5321707d57af9c65d97fa14e11d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValueExplanation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicator"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporting"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"substituted"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"yearToDate"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reporting"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeRule"}},{"kind":"Field","name":{"kind":"Name","value":"unitsRule"}},{"kind":"Field","name":{"kind":"Name","value":"weight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collectionLevel"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"expectedPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"crosswalkFrom"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notReporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ValueExplanationQuery, ValueExplanationQueryVariables>;
export const IndicatorDefinitionDocument = {"__meta__":{"hash":"1b92716caf8a4c9477e81e740e7c015fb9c612c4ad0cd065d841063ca37eac11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"levelAfterReform"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"bounds"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"deprecated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<IndicatorDefinitionQuery, IndicatorDefinitionQueryVariables>;
export const IndicatorProjectionDocument = {"__meta__":{"hash":"d9cb2d8ff4d2fad2a76fb6bec822032caa484f5d254e617a9d8376ae6bc25e2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorProjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"projection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"relativeError"}},{"kind":"Field","name":{"kind":"Name","value":"yearTarget"}},{"kind":"Field","name":{"kind":"Name","value":"chance"}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"projected"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorProjectionQuery, IndicatorProjectionQueryVariables>;
export const IndicatorSeriesDocument = {"__meta__":{"hash":"62d5f17722becabfe0bd34a603d886c3c975204fb72eadc04978eb253100400c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLow"}},{"kind":"Field","name":{"kind":"Name","value":"targetHigh"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<IndicatorSeriesQuery, IndicatorSeriesQueryVariables>;
export const IndicatorHeaderDocument = {"__meta__":{"hash":"4a65508be8c08192c3b4f9cc88a2bfd487e0ab8edd5fbfdc254bdd3e1b1dc2e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"levelAfterReform"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deprecated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"editions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"latestValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicators"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"code"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorHeaderQuery, IndicatorHeaderQueryVariables>;
export const IndicatorRankingDocument = {"__meta__":{"hash":"d9d11214e6f0774b6996efa1531a85240483bb46dc9d58fb9507bdafc0e8fcc4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLow"}},{"kind":"Field","name":{"kind":"Name","value":"targetHigh"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorRankingQuery, IndicatorRankingQueryVariables>;
export const NavAlertCountDocument = {"__meta__":{"hash":"e68bad62a818e13103b8fe1c39372f81f6901f6e0ad8e38a37716e8a24bd3a0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NavAlertCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"awaiting"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"awaitingExplanation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"awaiting"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<NavAlertCountQuery, NavAlertCountQueryVariables>;
export const LiveAlertActivityDocument = {"__meta__":{"hash":"5f5dd1194e10c398ef2ba091f5b19bca4704830ad1ad33c230ec599f3925ae12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveAlertActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LiveAlertActivitySubscription, LiveAlertActivitySubscriptionVariables>;
export const LiveValuesChangedDocument = {"__meta__":{"hash":"04ecb68b6fce9643ab6910bc4ce3b7d119e4f118459545b6b551054bc24c9a6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveValuesChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valuesChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicators"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}}]}}]}}]} as unknown as DocumentNode<LiveValuesChangedSubscription, LiveValuesChangedSubscriptionVariables>;
export const ReportValuesDocument = {"__meta__":{"hash":"3a9f3d75746d2830b7d623e0abf14235beb46b77952a945ee4121b63b3c8a86f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLow"}},{"kind":"Field","name":{"kind":"Name","value":"targetHigh"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ReportValuesQuery, ReportValuesQueryVariables>;
export const ReportSeriesDocument = {"__meta__":{"hash":"c4ce49014ed84433cfd14af8f79bd102bf582d5ee73e9e29de44103b6f87fb04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicators"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLow"}},{"kind":"Field","name":{"kind":"Name","value":"targetHigh"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportSeriesQuery, ReportSeriesQueryVariables>;
export const ReportAlertsDocument = {"__meta__":{"hash":"d916a66d5d6232603710ce3816b1f80f830cabf45e3a4e6797ace76cd830e062"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"directive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"remedyPlan"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportAlertsQuery, ReportAlertsQueryVariables>;
export const UnitAlertCountsDocument = {"__meta__":{"hash":"441c6aa34aaf46c45a6fd64a00c95b7108a7f989b7eb73ed2bd028316a84dd8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitAlertCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alertCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingExplanation"}}]}}]}}]}}]} as unknown as DocumentNode<UnitAlertCountsQuery, UnitAlertCountsQueryVariables>;
export const UnitChildrenLatestDocument = {"__meta__":{"hash":"234e74da7bab40ef67c7c3aa40efec17fe5620a38293e197660e9831dce4eadd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitChildrenLatest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withValues"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"latestValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicators"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withValues"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"notAchieved"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitChildrenLatestQuery, UnitChildrenLatestQueryVariables>;
export const UnitChildrenOverPeriodDocument = {"__meta__":{"hash":"64446c2ff76ec56d69a38209799a600a7d32f9bebf7fe5532c723dce3df61fb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitChildrenOverPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withValues"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicators"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withValues"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"notAchieved"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitChildrenOverPeriodQuery, UnitChildrenOverPeriodQueryVariables>;
export const UnitTilesLatestDocument = {"__meta__":{"hash":"bf27e00a0878c3b79a758c65d37e9dbf3a9da407a3864cf22b3ae5396ee5873d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitTilesLatest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicators"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorTileValue"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedFreshnessNote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedFreshness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorTileValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedFreshnessNote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLow"}},{"kind":"Field","name":{"kind":"Name","value":"targetHigh"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporting"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UnitTilesLatestQuery, UnitTilesLatestQueryVariables>;
export const UnitTilesOverPeriodDocument = {"__meta__":{"hash":"5842b0d86591c02f395dee8b1c6ef0159b5ddcf2dc89dd877d66beb5c5505245"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitTilesOverPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicators"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorTileValue"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedFreshnessNote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedFreshness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastSuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorTileValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedFreshnessNote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLow"}},{"kind":"Field","name":{"kind":"Name","value":"targetHigh"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporting"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UnitTilesOverPeriodQuery, UnitTilesOverPeriodQueryVariables>;
export const UnitHeaderDocument = {"__meta__":{"hash":"325bf28e912371d30b9f7f4d26175291305d53ccd29d3315682df0ba7091d7bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"edition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<UnitHeaderQuery, UnitHeaderQueryVariables>;
export const MeDocument = {"__meta__":{"hash":"23b84160cdf96250cdfe008226028d4aec6b09a2006b6c994ab6ea037c5b1a07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;