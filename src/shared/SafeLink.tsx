import type { ReactNode } from 'react';

/** Only web and e-mail links from data become links; anything else is shown as text. */
function safeHref(href: string): string | undefined {
  const value = href.trim();
  return /^(https?:\/\/|mailto:)/i.test(value) ? value : undefined;
}

export function SafeLink({ href, children }: { href: string; children: ReactNode }) {
  const safe = safeHref(href);
  if (!safe) return <span>{children}</span>;
  const external = /^https?:/i.test(safe);
  return (
    <a href={safe} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  );
}
