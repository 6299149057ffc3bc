export function Logo({ compact = false }: { compact?: boolean }) {
  return (
    <span className="logo">
      <svg className="logo-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
        <rect width="32" height="32" rx="8" fill="currentColor" />
        <path d="M8 23V9h3.2l4.8 7.2L20.8 9H24v14h-3.2v-8.6L16 21.2l-4.8-6.8V23z" fill="#fff" />
      </svg>
      {!compact && <span className="logo-text">Mewayz</span>}
    </span>
  );
}
