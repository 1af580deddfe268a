import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

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

const sdkFolder = () => join(cacheDir(), SDK_PACKAGE.replace(/[@/]/g, '-').replace(/^-/, ''));

/** The folder holding DefaultService.js and .d.ts, fetched once per machine. */
export async function ensureSdkServices(): Promise<string> {
	const target = sdkFolder();
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

const CRYPTO_MODULE = 'package/dist/utils/crypto.js';

/**
 * What Copilot's SDK itself makes of a custom-app token: its own `generate128BitKey` and
 * `decryptAES128BitToken` (dist/utils/crypto.js, an ES module, taken from the pinned tarball with its
 * package.json) run in a child Node.js. Answers the plaintext, or throws what the SDK threw.
 */
export async function sdkDecryptToken(appApiKey: string, token: string): Promise<string> {
	await ensureSdkServices();
	const tarball = readdirSync(sdkFolder()).find((name) => name.endsWith('.tgz'));
	if (!tarball) throw new Error(`No ${SDK_PACKAGE} tarball in ${sdkFolder()}`);
	const folder = mkdtempSync(join(tmpdir(), 'copilot-sdk-crypto-'));
	try {
		execFileSync('tar', ['-xzf', join(sdkFolder(), tarball), '-C', folder, 'package/package.json', CRYPTO_MODULE]);
		const script = `const { generate128BitKey, decryptAES128BitToken } = await import(${JSON.stringify(pathToFileURL(join(folder, CRYPTO_MODULE)).href)});
process.stdout.write(decryptAES128BitToken(generate128BitKey(process.argv[1]), process.argv[2]));`;
		return execFileSync(process.execPath, ['--input-type=module', '-e', script, appApiKey, token], { encoding: 'utf8', env: { PATH: process.env.PATH } });
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
