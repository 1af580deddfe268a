import { CASES as apps } from './apps';
import { CASES as billing } from './billing';
import { CASES as engagement } from './engagement';
import { CASES as files } from './files';
import { CASES as full } from './full';
import { CASES as people } from './people';
import { CASES as work } from './work';

export { credentialsFor, headerFor, type OperationCase } from './helpers';

/**
 * Successful runs of every operation of the Copilot node against the fake Copilot API, with the
 * request each must make: one with the usual fields per operation, and (full.ts) runs with every
 * optional field set. The operation tests check each request and answer; the SDK contract test
 * checks every request against Copilot's own SDK and the fake's model of its server, that every
 * parameter is set in some case, and that no SDK operation is left out.
 */
export const OPERATION_CASES = [...people, ...work, ...files, ...billing, ...engagement, ...apps, ...full];
