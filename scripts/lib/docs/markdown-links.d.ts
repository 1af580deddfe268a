export interface MarkdownLink {
	target: string;
	image: boolean;
	line: number;
}
export function headingAnchors(markdown: string): Set<string>;
export function htmlTags(markdown: string): Array<{ tag: string; line: number }>;
export function markdownLinks(markdown: string): MarkdownLink[];
export function slugger(): (heading: string) => string;
export function withoutCode(markdown: string, options?: { keepInlineCode?: boolean }): string;
