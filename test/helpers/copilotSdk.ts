import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { cacheDir, installOnce } from '../../scripts/lib/cache';
import { readParameterTypes, readResponseType, type Shape } from './sdkTypes';

/**
 * Copilot's own SDK, read as the machine-readable description of its REST API. Only its generated
 * client is needed; installing the package would pull in Next.js (229 of its 242 MB), so the pinned
 * tarball is fetched with `npm pack` into the project's cache and the two files are taken from it.
 */
export const SDK_PACKAGE = '@assembly-js/node-sdk@3.19.1';
const SERVICE_DIR = 'package/dist/codegen/api/services';

export interface SdkOperation {
	name: string;
	method: string;
	/** Path template, such as `/v1/clients/{id}`. */
	path: string;
	query: string[];
	/** Each query parameter's type: string, number or boolean. */
	queryTypes: Record<string, string>;
	/** Top-level fields of the JSON body, when the operation takes one. */
	body: string[] | undefined;
	/** The body's full shape as the SDK types it. */
	bodyShape: Shape | undefined;
	/** What a 200 answers, as the SDK types it. */
	responseShape: Shape | undefined;
}

/** The folder holding DefaultService.js and .d.ts, fetched once per machine. */
export async function ensureSdkServices(): Promise<string> {
	const target = join(cacheDir(), SDK_PACKAGE.replace(/[@/]/g, '-').replace(/^-/, ''));
	await installOnce(target, (into) => {
		const packed = JSON.parse(
			execFileSync('npm', ['pack', SDK_PACKAGE, '--json', '--pack-destination', into], {
				cwd: into,
				encoding: 'utf8',
				env: { ...process.env, npm_config_loglevel: 'error' },
			}),
		) as Array<{ filename: string }>;
		execFileSync('tar', ['-xzf', join(into, packed[0].filename), '-C', into, `${SERVICE_DIR}/DefaultService.js`, `${SERVICE_DIR}/DefaultService.d.ts`]);
	});
	return join(target, SERVICE_DIR);
}

/** Every operation of the SDK's generated client: method, path template, query names and types, body shape. */
export function readSdkOperations(services: string): SdkOperation[] {
	const source = readFileSync(join(services, 'DefaultService.js'), 'utf8');
	const declarations = readFileSync(join(services, 'DefaultService.d.ts'), 'utf8');
	const operations: SdkOperation[] = [];
	const pattern = /static (\w+)\([^)]*\)\s*\{\s*return __request\(OpenAPI, \{([\s\S]*?)\n {8}\}\);/g;
	for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
		const [, name, options] = match;
		const query = /query: \{([\s\S]*?)\}/.exec(options);
		const declarationStart = declarations.indexOf(`static ${name}(`);
		const declarationEnd = declarations.indexOf('static ', declarationStart + 1);
		const declaration = declarations.slice(declarationStart, declarationEnd < 0 ? undefined : declarationEnd);
		const parameters = readParameterTypes(declaration);
		const queryNames = query ? [...query[1].matchAll(/'(\w+)':/g)].map((entry) => entry[1]) : [];
		const bodyShape = parameters?.fields?.requestBody;
		operations.push({
			name,
			method: /method: '(\w+)'/.exec(options)![1],
			path: /url: '([^']+)'/.exec(options)![1],
			query: queryNames,
			queryTypes: Object.fromEntries(queryNames.map((queryName) => [queryName, parameters?.fields?.[queryName]?.type ?? 'string'])),
			body: bodyShape ? Object.keys(bodyShape.fields ?? {}) : undefined,
			bodyShape,
			responseShape: readResponseType(declaration),
		});
	}
	return operations;
}

/** Whether a concrete request path is an instance of a path template. */
export function matchesTemplate(path: string, template: string): boolean {
	const pattern = template
		.split(/\{\w+\}/)
		.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('[^/]+');
	return new RegExp(`^${pattern}$`).test(path);
}
