// "Where the time goes" in BENCHMARKS.md: what the measurements and a profile of n8n say about them.
// Written by hand from the runs and profiles named in it; `npm run bench` prints it with its numbers.

const FINDINGS = `**Our own code** costs microseconds per event (part 1). Since the trigger gives every item an
\`eventFingerprint\` (the SHA-256 of a canonical serialisation of the event, to recognise Copilot's
redeliveries), it hashes each event twice: once for the signature, once for the fingerprint, so its cost
is about three times the floor of HMAC + \`JSON.parse\` (in a probe during development, 1 KB: 3.7 µs
floor, 5.9 µs for the fingerprint alone, against 3.2 µs for a plain \`JSON.stringify\` + SHA-256).
That is a few microseconds per event against n8n's milliseconds per request in part 2.

**n8n 2.x, default engine: what remains is n8n's.** Profiled with \`--cpu-prof\` (n8n 2.41.1, the trigger
at 1.1, 800 requests at concurrency 10) while the trigger still read its credential on every request,
each request to a Copilot Trigger built and disposed three expression isolates (\`IsolatedVmBridge\`,
about a quarter of the busy time), against one for the Webhook node: (1) \`LiveWebhooks.executeWebhook\`
acquires one for the webhook phase unless \`webhookPhaseNeedsIsolate\` is false, which it only is for a
start node of type exactly \`n8n-nodes-base.webhook\` (not at version 1, with static parameters and
webhook descriptions that resolve without the engine); (2) reading the credential
(\`CredentialsHelper.getDecrypted\` → \`applyDefaultsAndOverwrites\`) acquires one; (3) the execution
itself (\`WorkflowExecute.initializeExecution\`), which every workflow pays. The busy CPU for the same
requests was 44 s for the trigger and 24 s for the Webhook node. The trigger now keeps the signing
secret it read for 5 s per workflow and credential in each n8n process (README, Security), so (2)
happens about once per 5 s instead of once per request: "a ÷ a0" above. (1) and (3) remain, two
isolates against the Webhook node's one, and both are n8n's: the trigger at 1.1 meets every condition
of (1) but the node type, which only n8n can widen; nothing in a community node's description or
parameters avoids it. Version 1.1 and the natively resolved *Respond* removed everything else of ours
(n8n's per-request \`$parameter["options"]["binaryData"]\` expression for version 1 start nodes, and the
\`responseMode\` expression).

**Forged signatures.** A well-formed signature that the kept secret does not verify makes the trigger
read the credential again and verify once more before it answers 401, so that a secret changed in the
credential is never refused: a forged request costs one credential read, as every request did before.
Reads of one credential run one at a time, and the requests that need one meanwhile share the next, so
a flood of forgeries at concurrency 10 costs fewer reads than requests ("forged a ÷ a0" above). A
missing or malformed header costs no read.

**n8n 2.x with \`N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true\`.** An isolate is then only built when an
expression is really evaluated. For the trigger at 1.1 none is (the response mode resolves natively,
the credential has no expressions, n8n skips the body-parsing expression), so it runs at the Webhook
node's pace and ahead of Webhook + Code; a credential read costs no isolate there, so keeping the secret
changes little ("a ÷ a0" near 1). At version 1, n8n still evaluates the \`binaryData\` expression for
every request, which costs an isolate each time: that is why version 1 stays slow there, and why new
workflows get 1.1. n8n marks lazy acquisition as experimental.

**n8n 2.x with \`N8N_EXPRESSION_ENGINE=legacy\`.** No isolate at all; n8n says this engine is less secure
and soon to be deprecated.

**n8n 1.123.81: the credential.** 1.x acquires an isolate for every production webhook, whatever the
node, so that cost is shared; the trigger's extra cost was its credential read on every request, now
made about once per 5 s.

**Why a/c ≥ 2 is out of reach.** (b) does no work at all and is the upper bound for (a); the Code node in (c)
adds little to n8n's fixed per-request cost, so even a free trigger would score a/c ≈ b/c.`;

module.exports = { FINDINGS };
