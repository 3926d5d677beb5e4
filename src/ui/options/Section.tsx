import type { ComponentChildren } from 'preact';

export interface SectionProps {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}

/** One titled block of the options page; `id` is the target of the navigation link. */
export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section id={id} class="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {intro && <p class="muted">{intro}</p>}
      {children}
    </section>
  );
}
