'use client';
// The meeting-room screen's only client code: after `seconds`, move to the next sector (`href`, computed on the
// server with the rest of the URL's state). A replace, not a push: the back button is not filled with sectors.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export function WallCycle({ href, seconds }: { href: string; seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = window.setTimeout(() => router.replace(href, { scroll: false }), seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [href, seconds, router]);
  return null;
}
