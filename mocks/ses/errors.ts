/** An SES error as the Query protocol reports it: code, message, HTTP status and fault side. */
export class SesError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly type: 'Sender' | 'Receiver' = 'Sender',
  ) {
    super(message);
    this.name = code;
  }
}

export const invalidParameter = (message: string) => new SesError('InvalidParameterValue', message);
export const missingParameter = (name: string) =>
  new SesError('MissingParameter', `The request must contain the parameter ${name}.`);
