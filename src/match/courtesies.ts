/**
 * The courtesies around a question: a salutation at the start of a line ("Hi Alexey,", "Hello everyone!", "Hey
 * guys"), thanks for something before it ("Thanks for the great book!"), "quick question:", thanks or a sign-off
 * after it ("Thanks in advance!", "Any help appreciated.", "Cheers, Emre"), and emoji codes (`:pray:`). They say
 * nothing about the topic, yet as words they pull a question towards whichever examples happen to share them:
 * with them around each real-dev line (`ml-advisor eval --set test/eval/real-dev.jsonl --courtesies`, read as
 * written), in-scope answers fell from 325 to 311 of 476 and the right entry from 80 to 56.
 */

const NAME = String.raw`[\p{L}@][\p{L}.'’-]*(?:\s+[\p{L}][\p{L}.'’-]*)?`;
const GROUP = String.raw`(?:there|all|everyone|everybody|folks|guys|team|people|friends|again)`;

/** A salutation at the start of a line, with the person or group it addresses. */
const SALUTATION = new RegExp(
  String.raw`^[ \t]*(?:hi|hello|hey|heya|hiya|hola|dear|greetings|good (?:morning|afternoon|evening|day))\b` +
    String.raw`(?:\s*,?\s*${GROUP}\b[ \t,.!:;-]*|\s+${NAME}\s*[,!:]+[ \t]*|[ \t]*[,!:.]+[ \t]*|[ \t]+)`,
  'gimu',
);

/** Thanks for something, or "quick question:", before the question. */
const OPENING = new RegExp(
  String.raw`^\s*(?:(?:first(?:ly)?,?\s+)?(?:many\s+)?(?:thanks|thank you)(?:\s+(?:so much|a lot|very much))?(?:\s+for\s+[^.!?\n]{0,80})?[.!]+` +
    String.raw`|(?:(?:a\s+)?quick question|i have a (?:quick )?question|question|sorry if this is a (?:dumb|stupid|silly|naive|basic) question` +
    String.raw`|(?:this |it )?(?:might|may|could) be a (?:dumb|stupid|silly|naive|basic|newbie) question|(?:i )?hope this is the right (?:channel|place|forum|thread)` +
    String.raw`|long[- ]time (?:listener|reader|lurker),? first[- ]time (?:caller|poster)|(?:great|amazing|awesome|excellent|wonderful|fantastic|loved the|love the|love your|loved your) (?:book|talk|session|podcast|episode|course|video|article|post|work)` +
    String.raw`|(?:i(?:'ve| have) been|i'?m|i am) (?:reading|enjoying|loving|following) (?:(?:the|your) (?:book|podcast|course|blog|newsletter|videos?|work)|it)[^.!?\n]{0,60})\s*[:,.!-]+)\s*(?:(?:but|and|so)\s+)?`,
  'iu',
);

const SIGN_OFF = String.raw`(?:(?:many |again )?(?:thanks|thank you|thx|ty|cheers|tia)(?:\s+(?:in advance|so much|a lot|very much|for (?:your|any|the) (?:help|time|input|advice|answers?|reply|replies)))?|any (?:help|advice|input|pointers|suggestions?|tips|thoughts)(?: (?:would be|is|are|will be))? (?:much |greatly |really |highly )?appreciated|(?:best|kind|warm) regards|regards|best|cheers)(?:\s*[,-]?\s*\p{Lu}[\p{L}'’-]*)?[.!]*`;

/**
 * One thanks or sign-off closing the message, after the end of a sentence. Taken off one at a time: a repeated group
 * (`(?:\s*SIGN)*`) let "Thanks Anna Thanks Anna … x?" be split in exponentially many ways before failing (twenty
 * repetitions took 0.34 s; forty did not finish).
 */
const CLOSING = new RegExp(String.raw`(?<=[.!?\n]|^)\s*${SIGN_OFF}\s*$`, 'iu');

/** At most this many closings come off the end ("Thanks in advance! Cheers, Anna"), and this many openings off the start. */
const MAX_PASSES = 4;

/** A mention of a person, a role or a channel as Slack and Discord write it (`<@U01AB>`, `<@!123>`, `<@&123>`), with its comma. */
const MENTION = /<(?:[@#!]|@[!&])[^>\s]{0,80}>[ \t]*[,:]?/gu;

/** An emoji as Slack and Discord write it in a message's text (`:pray:`, `:+1:`, `:slightly_smiling_face:`). */
const EMOJI_CODE = /(?<![\p{L}\p{N}:/]):[a-z0-9_+'-]*[a-z][a-z0-9_+'-]*:(?![\p{L}\p{N}:/])/giu;

/** Less than this is not a question of its own: "Hi Alexey!" stays as it was, and is a greeting. */
const MIN_LEFT = 10;

/** The question without the courtesies around it; the text as it was when little else is left. */
export function withoutCourtesies(text: string): string {
  let s = text.replace(EMOJI_CODE, '\n').replace(MENTION, ' ');
  for (let pass = 0, previous = ''; pass < MAX_PASSES && s !== previous; pass++) {
    previous = s;
    s = s.replace(SALUTATION, '').replace(OPENING, '');
  }
  let closed = s;
  for (let pass = 0, previous = ''; pass < MAX_PASSES && closed !== previous; pass++) {
    previous = closed;
    closed = closed.replace(CLOSING, '');
  }
  if (enough(closed)) s = closed;
  return enough(s) ? s.trim() : text;
}

function enough(s: string): boolean {
  const t = s.trim();
  return t.length >= MIN_LEFT && /\S\s+\S/u.test(t);
}
