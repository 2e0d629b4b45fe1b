/**
 * What people put around a question in a channel, an AMA or an issue, and the real sets were collected without:
 * salutations, thanks and sign-offs (`ml-advisor eval --courtesies`), pasted code, traces, configs and logs
 * (`--code`), the way a question reads when it was spoken (`--spoken`), and an introduction of the asker or their
 * company in front (`--intro`). Each line of a set gets one of them in turn, so that the command can measure what they
 * cost.
 */
const OPENINGS = [
  'Hi Alexey, ',
  'Hey Chip! ',
  'Hello everyone, ',
  'Hi! Thanks for the great book. ',
  'Thanks for doing this AMA! ',
  'Hey Maria, quick question: ',
  'Hi there, I have a question. ',
  'Hello Dr. Smith, thank you for the talk today! ',
  'hi all, sorry if this is a dumb question: ',
  'Good morning! ',
];

const CLOSINGS = ['', ' Thanks in advance!', ' Any help would be appreciated.', ' Cheers!', ' Thank you so much for your time.', ' Thanks, Anna', '\nBest regards'];

/**
 * A snippet, a fenced trace, a config, a fenced log, an unfenced trace, and nothing (one line in six stays as it was).
 * The traces are cut before their error line: a real error is part of the question (`pasted-code.ts` keeps it), an
 * error pasted under an unrelated line would only measure the wrong question.
 */
const PASTES = [
  '\n```python\nimport pandas as pd\ndf = pd.read_csv("data.csv")\nmodel.fit(df[features], df["target"])\nprint(model.score(X_test, y_test))\n```',
  '\n```\nTraceback (most recent call last):\n  File "train.py", line 42, in <module>\n    main()\n  File "train.py", line 30, in main\n    trainer.train()\n  File "trainer.py", line 118, in train\n    batch = next(loader)\n```',
  '\nHere is my config:\n```yaml\nresources:\n  limits:\n    cpu: 4\n    memory: 16Gi\nreplicas: 2\n```',
  '\n```\n2024-05-01 10:22:13 INFO Starting job\n2024-05-01 10:22:15 WARN retrying request\n2024-05-01 10:23:01 INFO done in 48s\n```',
  '\nTraceback (most recent call last):\n  File "/opt/app/main.py", line 12, in <module>\n    run(config)\n  File "/opt/app/runner.py", line 88, in run\n    return step(**kwargs)\n',
  '',
];

/** Line `i` of a set, with the `i`-th opening and closing around it. */
export function wrapInCourtesies(text: string, i: number): string {
  return `${OPENINGS[i % OPENINGS.length]}${text}${CLOSINGS[i % CLOSINGS.length]}`;
}

/** Line `i` of a set, with the `i`-th paste after it. */
export function withPastedCode(text: string, i: number): string {
  return `${text}${PASTES[i % PASTES.length]}`;
}

const FILLERS = ['um', 'uh', 'you know', 'I mean', 'yeah so', 'like', 'sort of', 'kind of', 'okay so', 'uhm', 'hmm', 'uh'];

/** Line `i` of a set as a caption of it would read: lower case, no punctuation, "so" first, a filler after one word in six. */
export function asSpoken(text: string, i: number): string {
  const words = text.replace(/[?.!,;:()"]/g, ' ').toLowerCase().split(/\s+/).filter(Boolean);
  const out = ['so'];
  words.forEach((word, k) => {
    out.push(word);
    if ((k * 7 + i) % 6 === 0) out.push(FILLERS[(k + i) % FILLERS.length]!);
  });
  return out.join(' ');
}

/** Ways people introduce themselves or their company; some open as `self-introduction.ts` expects, some do not. */
const INTRODUCTIONS = [
  "We're a 20-person fintech in Berlin selling accounting software to small businesses.",
  'I work at a regional hospital group with about 3,000 staff.',
  'Some context: we are a small e-commerce shop, around 15 people, mostly marketing and support.',
  'Our company makes industrial pumps and has an IT department of four.',
  "I'm the CTO of a logistics startup that just raised a seed round.",
  'My name is Priya and I lead the analytics team at a mid-sized bank.',
  'As a family-owned retailer with 40 stores, we have never had a data team.',
  'Background: government agency, strict procurement rules, everything on premises.',
  'Been tasked by my boss to look into this for our insurance brokerage.',
  'Quick intro, we run a chain of dental clinics across two states.',
];

/** Line `i` of a set after the `i`-th introduction. */
export function afterIntroduction(text: string, i: number): string {
  return `${INTRODUCTIONS[i % INTRODUCTIONS.length]} ${text}`;
}
