/** Why a lookup failed, for logs and tests; the message is what a librarian reads. */
export type GeocodeFailure = 'unreachable' | 'timeout' | 'status' | 'busy' | 'bad_response';

const messages: Record<GeocodeFailure, string> = {
  unreachable: 'The address service did not answer; type the coordinates instead.',
  timeout:
    'The address service took too long to answer. Try again in a moment, or type the coordinates instead.',
  status: 'The address service did not answer; type the coordinates instead.',
  busy: 'The address service is busy right now. Try again in a minute, or type the coordinates instead.',
  bad_response: 'The address service sent an answer we could not read; type the coordinates instead.',
};

/**
 * A lookup that failed for a reason outside the user's control. Its `message` is safe to show;
 * `detail` (status code, underlying error) is for the server log only.
 */
export class GeocodeError extends Error {
  constructor(
    readonly reason: GeocodeFailure,
    readonly detail?: string,
  ) {
    super(messages[reason]);
    this.name = 'GeocodeError';
  }
}
