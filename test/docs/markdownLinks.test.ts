import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createChecker } from '../../scripts/check-links';
import { headingAnchors, htmlTags, markdownLinks } from '../../scripts/lib/docs/markdown-links';

describe('headingAnchors', () => {
	it('makes GitHub’s anchors: lower case, punctuation dropped, spaces as hyphens, inline code kept', () => {
		const anchors = headingAnchors(
			['# n8n-nodes-copilot', '## Rate limit, retries and errors', '### `npm run send-event`: test a workflow', '## Client › Get'].join('\n'),
		);
		expect([...anchors]).toEqual(['n8n-nodes-copilot', 'rate-limit-retries-and-errors', 'npm-run-send-event-test-a-workflow', 'client--get']);
	});

	it('numbers repeated headings and ignores headings inside code blocks', () => {
		const anchors = headingAnchors(['## Options', '```', '## Not a heading', '```', '## Options', '#### Options'].join('\n'));
		expect([...anchors]).toEqual(['options', 'options-1', 'options-2']);
	});
});

describe('markdownLinks', () => {
	it('finds inline links, images, reference definitions and HTML links with their lines', () => {
		const links = markdownLinks(
			['See [the docs](docs/trigger.md#output "title") and ![a picture](<docs/images/a b.png>).', '', '[ref]: CONTRIBUTING.md', '<img src="x.png"> <a href="y.md">y</a>'].join('\n'),
		);
		expect(links).toEqual([
			{ target: 'docs/trigger.md#output', image: false, line: 1 },
			{ target: 'docs/images/a b.png', image: true, line: 1 },
			{ target: 'CONTRIBUTING.md', image: false, line: 3 },
			{ target: 'x.png', image: true, line: 4 },
			{ target: 'y.md', image: false, line: 4 },
		]);
	});

	it('leaves out what stands in code', () => {
		expect(markdownLinks(['`[not](a.md)`', '```md', '[not](b.md)', '```', '[yes](c.md)'].join('\n'))).toEqual([
			{ target: 'c.md', image: false, line: 5 },
		]);
	});
});

describe('htmlTags', () => {
	it('names HTML tags outside code, not placeholders in code or autolinks', () => {
		expect(htmlTags(['<details><summary>More</summary>', '`<workspaceId>/<apiKey>`', '<https://n8n.io>'].join('\n'))).toEqual([
			{ tag: 'details', line: 1 },
			{ tag: 'summary', line: 1 },
			{ tag: 'summary', line: 1 },
		]);
	});
});

describe('the link check of a repository', () => {
	let root: string;
	const write = (path: string, text: string) => {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	const problems = () => {
		const checker = createChecker(root);
		return checker.files().flatMap((file) => checker.check(file)).sort();
	};
	const REPO = 'https://github.com/acme/n8n-nodes-x';

	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'links-'));
		write('package.json', JSON.stringify({ repository: { type: 'git', url: `git+${REPO}.git` } }));
		write('docs/trigger.md', '# Trigger\n\n## Output fields\n\nBack to [the README](../README.md#install).\n');
		write('docs/images/panel.png', 'png');
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	it('passes links and images that resolve, by GitHub address in the README and relative elsewhere', () => {
		write(
			'README.md',
			[
				'# X',
				'## Install',
				`[Output](${REPO}/blob/main/docs/trigger.md#output-fields) [docs](${REPO}/tree/main/docs) [elsewhere](https://n8n.io/x#y)`,
				`![panel](https://raw.githubusercontent.com/acme/n8n-nodes-x/main/docs/images/panel.png) [up](#install)`,
			].join('\n'),
		);
		expect(problems()).toEqual([]);
	});

	it('names each broken link, missing image and missing anchor with its file and line', () => {
		write('README.md', ['# X', `[gone](${REPO}/blob/main/docs/gone.md) [bad anchor](${REPO}/blob/main/docs/trigger.md#nope) [self](#nothing)`, `![missing](https://raw.githubusercontent.com/acme/n8n-nodes-x/main/docs/images/none.png)`].join('\n'));
		write('CONTRIBUTING.md', '# Contributing\n\n[trigger](docs/trigger.md#output-fields) [wrong](docs/trigger.md#outputs) ![img](docs/images/nope.png)\n');
		expect(problems()).toEqual([
			'CONTRIBUTING.md:3: image target docs/images/nope.png does not exist',
			'CONTRIBUTING.md:3: no heading in docs/trigger.md makes the anchor #outputs',
			'README.md:2: link target docs/gone.md does not exist',
			'README.md:2: no heading in README.md makes the anchor #nothing',
			'README.md:2: no heading in docs/trigger.md makes the anchor #nope',
			'README.md:3: image target docs/images/none.png does not exist',
			'docs/trigger.md:5: no heading in README.md makes the anchor #install',
		]);
	});

	it('refuses relative paths and HTML in the README, which is also the npm page', () => {
		write('README.md', '# X\n\n## Install\n\n[trigger](docs/trigger.md) <br>\n');
		expect(problems()).toEqual([
			"README.md:5: HTML <br>, which npm's page strips or shows otherwise",
			"README.md:5: links to docs/trigger.md by a relative path, which npm's page of the package cannot follow: use its GitHub address",
		]);
	});
});
