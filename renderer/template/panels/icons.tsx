/** Small line icons for the Layers panel's toggles (the buttons carry their meaning in their labels). */
const svg = { width: 14, height: 14, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': true } as const;

export function LockIcon({ locked }: { locked: boolean }) {
  return (
    <svg {...svg}>
      <rect x="3" y="7" width="10" height="7" rx="1.5" />
      <path d={locked ? 'M5 7V5a3 3 0 0 1 6 0v2' : 'M5 7V5a3 3 0 0 1 5.8-1'} />
    </svg>
  );
}

export function EyeIcon({ hidden }: { hidden: boolean }) {
  return (
    <svg {...svg}>
      <path d="M1.5 8S4 3.5 8 3.5 14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8Z" />
      <circle cx="8" cy="8" r="2" />
      {hidden && <path d="M2.5 13.5l11-11" />}
    </svg>
  );
}
