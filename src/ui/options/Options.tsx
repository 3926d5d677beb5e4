export function Options() {
  return <main>Sanctions Lens options</main>;
}
