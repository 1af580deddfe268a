import { CASES as billing } from './billing';
import { CASES as engagement } from './engagement';
import { CASES as files } from './files';
import { CASES as people } from './people';
import { CASES as work } from './work';

export type { OperationCase } from './helpers';

/**
 * One successful run of every operation of the Copilot node against the fake Copilot API, with the
 * request it must make. The operation tests check each request and answer; the SDK contract test
 * checks every request against Copilot's own SDK and that no SDK operation is left out.
 */
export const OPERATION_CASES = [...people, ...work, ...files, ...billing, ...engagement];
