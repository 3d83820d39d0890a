/**
 * Block Kit's limits (https://docs.slack.dev/reference/block-kit), checked on a rendered message or view: Slack
 * rejects the whole message (invalid_blocks) when one is exceeded, so every surface is checked by the tests.
 */
type Text = { type: string; text: string };
type Element = {
  type: string;
  action_id?: string;
  text?: Text | string;
  value?: string;
  positive_button?: FeedbackSide;
  negative_button?: FeedbackSide;
};
type FeedbackSide = { text: Text; value: string; accessibility_label?: string };
type AnyBlock = {
  type: string;
  block_id?: string;
  text?: Text | string;
  elements?: Element[];
  rows?: Array<Array<{ type: string; text: string }>>;
  column_settings?: unknown[];
};

/**
 * Every limit this bot's blocks can reach, as "what: length > max" lines (none when the message is valid);
 * `surface` sets the block count (50 in a message, 100 in a Home tab).
 * @example checkBlockKit(renderAnswer(answer, options)) // []
 */
export function checkBlockKit(message: { text?: string; blocks: unknown[] }, surface: "message" | "home" = "message"): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what}: ${length} > ${max}`);
  };
  const blocks = message.blocks as AnyBlock[];
  over("blocks", blocks.length, surface === "home" ? 100 : 50);
  if (message.text !== undefined) over("text fallback", message.text.length, 40_000);
  // One table a message: an answer has one table, so a second would be a rendering bug.
  over("table blocks", blocks.filter((b) => b.type === "table").length, 1);
  const actionIds: string[] = [];
  const blockIds = blocks.flatMap((b) => (b.block_id ? [b.block_id] : []));
  if (new Set(blockIds).size !== blockIds.length) problems.push(`duplicate block_id: ${blockIds.join(", ")}`);
  blocks.forEach((block, i) => {
    const at = `blocks[${i}] ${block.type}`;
    if (block.block_id) over(`${at} block_id`, block.block_id.length, 255);
    if (block.type === "section") over(`${at} text`, (block.text as Text).text.length, 3000);
    if (block.type === "header") over(`${at} text`, (block.text as Text).text.length, 150);
    if (block.type === "markdown") over(`${at} text`, (block.text as string).length, 12_000);
    if (block.type === "context") {
      over(`${at} elements`, block.elements!.length, 10);
      for (const e of block.elements!) over(`${at} element text`, (e as unknown as Text).text.length, 3000);
    }
    if (block.type === "actions") {
      over(`${at} elements`, block.elements!.length, 25);
      for (const e of block.elements!) {
        over(`${at} button label`, (e.text as Text).text.length, 75);
        over(`${at} button value`, e.value?.length ?? 0, 2000);
      }
    }
    if (block.type === "context_actions") {
      over(`${at} elements`, block.elements!.length, 5);
      for (const side of block.elements!.flatMap((e) => [e.positive_button, e.negative_button]).filter((s): s is FeedbackSide => !!s)) {
        over(`${at} feedback label`, side.text.text.length, 75);
        over(`${at} feedback value`, side.value.length, 2000);
        over(`${at} feedback accessibility_label`, side.accessibility_label?.length ?? 0, 75);
      }
    }
    if (block.type === "table") {
      over(`${at} rows`, block.rows!.length, 100);
      over(`${at} column_settings`, block.column_settings?.length ?? 0, 20);
      for (const row of block.rows!) over(`${at} cells in a row`, row.length, 20);
      if (new Set(block.rows!.map((r) => r.length)).size > 1) problems.push(`${at}: rows of different lengths`);
      if (block.rows!.flat().some((cell) => cell.text.length === 0)) problems.push(`${at}: an empty cell`);
    }
    for (const e of block.elements ?? [])
      if (e.action_id) {
        over(`${at} action_id`, e.action_id.length, 255);
        actionIds.push(e.action_id);
      }
  });
  if (new Set(actionIds).size !== actionIds.length) problems.push(`duplicate action_id: ${actionIds.join(", ")}`);
  return problems;
}
