/** A feed was refused; `message` is a plain-words reason fit to show in the popup. */
export class FeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedError';
  }
}
