// The Copilot Trigger as it was at another git commit, packed as a package of its own
// (`n8n-nodes-copilot-before`), so that one n8n runs it beside the current build and a benchmark
// compares the two in the same rounds.
const { BEFORE_PACKAGE, packNodesAt } = require('./package-at-ref');

const TRIGGER_TYPE = `${BEFORE_PACKAGE}.copilotTrigger`;

/** Builds and packs the trigger of `ref`; returns the tarball and the commit it was built from. */
const packTriggerAt = (ref) => packNodesAt(ref, 'CopilotTrigger');

module.exports = { TRIGGER_TYPE, packTriggerAt };
