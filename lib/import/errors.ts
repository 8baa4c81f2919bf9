/** A file we cannot take, with the sentence to show the person who uploaded it. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}
