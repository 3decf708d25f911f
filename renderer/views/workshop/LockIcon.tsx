/** A padlock, closed or open, drawn in the text colour: emoji locks are missing from many projector PCs' fonts. */
export function LockIcon({ open }: { open: boolean }) {
  return (
    <svg className="lock-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path
        d={open ? 'M4.5 7V4.5a3 3 0 0 1 6-.6' : 'M4.5 7V4.5a3.5 3.5 0 0 1 7 0V7'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
    </svg>
  );
}
