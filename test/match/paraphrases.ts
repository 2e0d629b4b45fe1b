/**
 * Questions written for the tests, phrased as people write in a team channel: not copied from knowledge/
 * examples nor from test/eval. About five per class.
 */
export const paraphrases: Record<string, string[]> = {
  'where-to-start': [
    'our team has zero ML experience, which AWS thing should we try first?',
    'is there a ready-made service that can tell what objects are in a picture',
    'should we kick off a huge company-wide AI initiative or start with something tiny',
    'we need our product descriptions in spanish and german without hiring translators',
    'when does it make sense to move from the prebuilt AI APIs to training our own model',
  ],
  'no-ml-code': [
    'none of us can write neural network code, can we still train a model?',
    "does sagemaker ship ready-made algorithms so we don't have to code the maths ourselves",
    'we want to forecast weekly sales per store but have no ML engineers',
    'how much python do I really need to know to use the built-in models',
    'is there an off-the-shelf word embedding algorithm we can just point at our text',
  ],
  'data-preparation': [
    'cleaning and reshaping our data is eating all our time before any modelling',
    'half our historical records are scanned documents, how do we even get at them',
    'can we keep our spark cluster for preprocessing and train the model somewhere else',
    'which aws services help with the ETL work before training',
    'our raw data is a mess, how do we get it ready for a model',
  ],
  'slow-delivery': [
    'it takes us months to get a model from a notebook into production',
    'our data scientists wait weeks for IT to hand them servers',
    'how do we apply devops practices to machine learning',
    'the ML people and the ops people barely talk to each other',
    'we want a single toolkit our data scientists can use from first experiment to the live model',
  ],
  infrastructure: [
    'our on-prem GPU boxes are always booked by someone',
    'the model works on my laptop but behaves differently in production',
    "we bought GPUs last year and they're already outdated",
    'our server room overheats whenever we run big training jobs',
    'we never have enough compute for all the projects people want to run',
  ],
  'cost-control': [
    'how do we stop paying for notebooks nobody uses over the weekend',
    "what's the cheapest instance type for a sagemaker notebook",
    'are training jobs billed by the hour or by the second',
    'can the prediction endpoint scale down at night to save money',
    'our ML budget is tiny, how do we keep the spend low',
  ],
};

export const outOfScope = [
  "what's the weather going to be like in paris tomorrow",
  'how do I center a div with css',
  'how do I make an s3 bucket publicly readable with a bucket policy',
  'can anyone recommend a good pizza place near the office',
  'how do I fix a merge conflict in git',
  'which team is top of the premier league right now',
];

export const smalltalk = ['hey!', 'good morning everyone', 'thanks a lot, that helped', 'so what are you able to help with?', 'cheers, much appreciated'];
