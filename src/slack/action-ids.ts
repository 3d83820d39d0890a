/**
 * The action_id of every button the bot renders; listeners match on the same constants.
 * Clarify options are numbered because action_id must be unique within a message.
 */
export const ACTION_IDS = {
  clarifyOption: (index: number) => `clarify_option_${index}`,
  clarifyOptionPattern: /^clarify_option_\d+$/,
  showSource: "show_source",
  feedbackPattern: /^feedback_(helpful|wrong)$/,
  feedback: (verdict: "helpful" | "wrong") => `feedback_${verdict}`,
  /** The feedback_buttons element of an answer; its values are encodeFeedback()'s (feedback-value.ts). */
  answerFeedback: "answer_feedback",
  postToChannel: "post_to_channel",
  /** An example question on the App Home tab: answered in the user's DM with the bot. */
  homeExample: (index: number) => `home_example_${index}`,
  homeExamplePattern: /^home_example_\d+$/,
} as const;
