import { createHmac } from 'node:crypto';

export const SECRET = 'whsec_test_5b1f0c7e9a2d4e68';

/** Signs independently of the code under test: Copilot's documented recipe, verbatim. */
export function hmacHex(body: Buffer | string, secret = SECRET): string {
	return createHmac('sha256', secret).update(body).digest('hex');
}
