export function Popup() {
  return <main>Sanctions Lens</main>;
}
