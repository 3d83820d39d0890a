/**
 * Block Kit limits (https://docs.slack.dev/reference/block-kit): exceeding one makes Slack reject the whole message.
 */
export const LIMITS = {
  /** Characters in a section's text. */
  sectionText: 3000,
  /** Blocks in a message (a Home tab allows 100). */
  messageBlocks: 50,
  homeBlocks: 100,
  /** Characters in a button's value. */
  buttonValue: 2000,
  /** Characters in a button's plain-text label. */
  buttonText: 75,
  /** Elements in a context block; elements in an actions block. */
  contextElements: 10,
  actionElements: 25,
  /** A table block: rows (the header row included) and cells a row (https://docs.slack.dev/reference/block-kit/blocks/table-block). */
  tableRows: 100,
  tableColumns: 20,
  /** Elements in a context_actions block; characters in a feedback button's label and value. */
  contextActionsElements: 5,
  feedbackButtonText: 75,
  feedbackValue: 2000,
  /** Characters in a header block's text. */
  headerText: 150,
  /** Characters in an action_id or block_id. */
  actionId: 255,
  /** Characters in the `text` fallback that we send (Slack truncates beyond 40,000; notifications need far less). */
  fallbackText: 3000,
} as const;
