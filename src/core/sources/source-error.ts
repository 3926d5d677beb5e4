/** A source file could not be read: says which file, which line or record, and why. */
export class SourceError extends Error {
  readonly file: string;
  readonly where: string;
  readonly reason: string;

  constructor(file: string, where: string | number, reason: string) {
    const at = typeof where === 'number' ? `line ${where}` : where;
    super(`${file}: ${at}: ${reason}`);
    this.name = 'SourceError';
    this.file = file;
    this.where = at;
    this.reason = reason;
  }
}
