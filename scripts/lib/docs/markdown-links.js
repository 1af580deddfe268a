// What a Markdown file links to, and the anchors its headings make, as GitHub and npm render them.
// Pure functions over text: the checker (scripts/check-links.js) reads the files.

/**
 * Code blocks and inline code hold examples, not links: blanked out, keeping line numbers. With
 * `keepInlineCode`, only the blocks (a heading's inline code is part of its anchor).
 */
function withoutCode(markdown, { keepInlineCode = false } = {}) {
	const lines = markdown.split('\n');
	let fence;
	const kept = lines.map((line) => {
		const opening = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
		if (fence === undefined && opening) {
			fence = opening[1];
			return '';
		}
		if (fence !== undefined) {
			if (line.trim().startsWith(fence)) fence = undefined;
			return '';
		}
		return keepInlineCode ? line : line.replace(/(`+)[^`]*?\1/g, (code) => ' '.repeat(code.length));
	});
	return kept.join('\n');
}

/**
 * GitHub's anchor for a heading (github-slugger): lower case, punctuation dropped, each space a
 * hyphen; a repeated heading gets -1, -2, ... in order.
 */
function slugger() {
	const seen = new Map();
	return (heading) => {
		const base = heading
			.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/<[^>]+>/g, '')
			.toLowerCase()
			.trim()
			.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
			.replace(/ /g, '-');
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		return count === 0 ? base : `${base}-${count}`;
	};
}

/** The anchors a file's headings make (ATX headings, `#` to `######`). */
function headingAnchors(markdown) {
	const slug = slugger();
	const anchors = new Set();
	for (const line of withoutCode(markdown, { keepInlineCode: true }).split('\n')) {
		const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
		if (heading) anchors.add(slug(heading[1].replace(/`/g, '')));
	}
	return anchors;
}

/**
 * Every link and image in the text: `[text](target)`, `![alt](src)`, `[label]: target`, and the
 * `href`/`src` of HTML tags, each with its line and whether it is an image.
 */
function markdownLinks(markdown) {
	const links = [];
	withoutCode(markdown)
		.split('\n')
		.forEach((line, index) => {
			const add = (target, image) => links.push({ target: target.trim(), image, line: index + 1 });
			for (const match of line.matchAll(/(!?)\[(?:[^\]\\]|\\.)*\]\(\s*(?:<([^>]+)>|([^)\s]+))(?:\s+"[^"]*")?\s*\)/g)) {
				add(match[2] ?? match[3], match[1] === '!');
			}
			const reference = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(line);
			if (reference) add(reference[1], false);
			for (const match of line.matchAll(/<(img|a)\s[^>]*?(src|href)="([^"]+)"/gi)) {
				add(match[3], match[1].toLowerCase() === 'img');
			}
		});
	return links;
}

/** HTML tags outside code, which npm's README page strips or renders unlike GitHub. */
function htmlTags(markdown) {
	const found = [];
	withoutCode(markdown)
		.split('\n')
		.forEach((line, index) => {
			for (const match of line.matchAll(/<\/?([a-z][a-z0-9]*)(\s[^<>]*)?\/?>/gi)) found.push({ tag: match[1], line: index + 1 });
		});
	return found;
}

module.exports = { headingAnchors, htmlTags, markdownLinks, slugger, withoutCode };
