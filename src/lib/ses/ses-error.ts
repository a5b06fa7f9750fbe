/**
 * SES's answer to a refused request, as the console shows it: the code (AccessDenied,
 * InvalidPolicy, ...), SES's message and the request ID. The SDK puts the code in `name`.
 */
export interface SesErrorDetails {
  code: string;
  message: string;
  requestId?: string;
  httpStatus?: number;
}

export function sesErrorDetails(error: unknown): SesErrorDetails {
  if (error instanceof Error) {
    const meta = (error as Error & { $metadata?: { requestId?: string; httpStatusCode?: number } }).$metadata;
    const code = (error as Error & { Code?: string }).Code ?? error.name;
    return { code, message: error.message, requestId: meta?.requestId, httpStatus: meta?.httpStatusCode };
  }
  return { code: 'UnknownError', message: String(error) };
}
