import type { NodeKind } from '../../../shared/pathway/model';

/** One small line icon per kind, drawn in currentColor (24×24 grid). */
const PATHS: Record<NodeKind, string> = {
  unit: 'M4 5h7a2 2 0 0 1 2 2v12a2 2 0 0 0-2-2H4zM20 5h-7a2 2 0 0 0-2 2v12a2 2 0 0 1 2-2h7z', // open book
  assessment: 'M5 12l4 4 10-10M4 4h16v16H4z', // ticked box
  evidence: 'M14 3H6v18h12V7zM14 3v4h4M9 13h6M9 17h6', // document
  skill: 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z', // star
  badge: 'M12 2l7 3v6c0 5-3.5 8.5-7 10-3.5-1.5-7-5-7-10V5z', // shield
  certificate: 'M4 4h16v12H4zM8 8h8M8 12h5M15 16v5l2-1.5 2 1.5v-5', // certificate with ribbon
  program: 'M2 9l10-5 10 5-10 5zM6 11v5c3 2.5 9 2.5 12 0v-5M22 9v6', // graduation cap
};

export function KindIcon({ kind, size = 16 }: { kind: NodeKind; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" aria-hidden="true">
      <path d={PATHS[kind]} />
    </svg>
  );
}
