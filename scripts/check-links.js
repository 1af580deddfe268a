#!/usr/bin/env node
// Part of `npm test`: every link and image in the project's Markdown files resolves. A relative link
// names a file that exists, and its #anchor a heading there; a link to this repository on GitHub
// (blob, tree or raw, branch main) is checked as the file it names. README.md is also the package's
// npm page, which shows no file of the repository and strips HTML: there, files are linked by their
// GitHub address and no HTML is used.
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const { dirname, join, relative, resolve } = require('node:path');

const { headingAnchors, htmlTags, markdownLinks } = require('./lib/docs/markdown-links');

const ROOT = resolve(__dirname, '..');
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'coverage', '.git', '.tmp']);

function markdownFiles(folder) {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : markdownFiles(join(folder, entry.name));
		return entry.name.endsWith('.md') ? [join(folder, entry.name)] : [];
	});
}

/** The repository's GitHub address from package.json, e.g. `github.com/owner/name`. */
function repositoryOf(root) {
	const { repository } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const url = typeof repository === 'string' ? repository : repository?.url ?? '';
	const match = /github\.com[/:]([^/]+)\/([^/.]+)/.exec(url);
	return match ? { owner: match[1], name: match[2] } : undefined;
}

/** The path inside the repository that a GitHub address of it names, or undefined for any other URL. */
function repositoryPath(url, repository) {
	if (!repository) return undefined;
	const { owner, name } = repository;
	const patterns = [
		new RegExp(`^https://github\\.com/${owner}/${name}/(?:blob|tree|raw)/main/([^?#]*)(#.*)?$`),
		new RegExp(`^https://raw\\.githubusercontent\\.com/${owner}/${name}/main/([^?#]*)$`),
	];
	for (const pattern of patterns) {
		const match = pattern.exec(url);
		if (match) return { path: decodeURIComponent(match[1]), anchor: match[2]?.slice(1) };
	}
	return undefined;
}

function createChecker(root) {
	const anchorsByFile = new Map();
	const anchorsOf = (file) => {
		if (!anchorsByFile.has(file)) anchorsByFile.set(file, headingAnchors(readFileSync(file, 'utf8')));
		return anchorsByFile.get(file);
	};
	const repository = repositoryOf(root);

	/** What is wrong with one link of `file`, or undefined. */
	function problemOf(file, link, isPackageReadme) {
		const { target, image } = link;
		if (/^(mailto|tel):/i.test(target)) return undefined;
		let path;
		let anchor;
		const inRepository = repositoryPath(target, repository);
		if (inRepository) {
			path = inRepository.path === '' ? root : join(root, inRepository.path);
			anchor = inRepository.anchor;
		} else if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) {
			return undefined;
		} else {
			const hash = target.indexOf('#');
			const pathPart = hash === -1 ? target : target.slice(0, hash);
			anchor = hash === -1 ? undefined : target.slice(hash + 1);
			if (pathPart !== '' && isPackageReadme) {
				return `links to ${pathPart} by a relative path, which npm's page of the package cannot follow: use its GitHub address`;
			}
			path = pathPart === '' ? file : resolve(dirname(file), decodeURIComponent(pathPart));
		}
		if (!existsSync(path)) return `${image ? 'image' : 'link'} target ${relative(root, path)} does not exist`;
		if (image && statSync(path).isDirectory()) return `image ${relative(root, path)} is a folder`;
		if (anchor !== undefined && anchor !== '') {
			if (!path.endsWith('.md')) return undefined;
			if (!anchorsOf(path).has(decodeURIComponent(anchor))) return `no heading in ${relative(root, path)} makes the anchor #${anchor}`;
		}
		return undefined;
	}

	/** Every problem of one Markdown file, as `file:line: message`. */
	function check(file) {
		const text = readFileSync(file, 'utf8');
		const isPackageReadme = file === join(root, 'README.md');
		const name = relative(root, file);
		const problems = [];
		for (const link of markdownLinks(text)) {
			const problem = problemOf(file, link, isPackageReadme);
			if (problem) problems.push(`${name}:${link.line}: ${problem}`);
		}
		if (isPackageReadme) {
			for (const { tag, line } of htmlTags(text)) problems.push(`${name}:${line}: HTML <${tag}>, which npm's page strips or shows otherwise`);
		}
		return problems;
	}

	return { check, files: () => markdownFiles(root) };
}

if (require.main === module) {
	const checker = createChecker(ROOT);
	const files = checker.files();
	const problems = files.flatMap((file) => checker.check(file));
	if (problems.length > 0) {
		console.error(`${problems.length} broken link(s) in the Markdown files:\n${problems.join('\n')}`);
		process.exit(1);
	}
	const links = files.reduce((count, file) => count + markdownLinks(readFileSync(file, 'utf8')).length, 0);
	console.log(`Links: ${links} links and images in ${files.length} Markdown files resolve.`);
}

module.exports = { createChecker, repositoryPath };
