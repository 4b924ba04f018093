/** The body of every error response. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  code: string;
  message: string;
  /** For validation errors: one entry per bad field, named by its path (e.g. `files[2].decidedAt`). */
  fields?: { field: string; problems: string[] }[];
  details?: Record<string, unknown>;
}

export const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};
