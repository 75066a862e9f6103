/**
 * The teaching guide, from content/<locale>/teach/: guide.json (levels, preparation, lesson
 * plans) and chapters/<NN-slug>.json (per chapter: goals, discussion questions, key terms, a data
 * activity on the chart's CSV download and a "check the claim" exercise). Validated on load, with
 * the file and field in every message. The activity's numbers live in `values`; its answer is a
 * template that shows them, so the page cannot say a number the data does not give:
 * tests/content/teach.test.ts recomputes every value from content/data/*.csv. Build-time only.
 */

export interface Level {
  id: string;
  name: string;
  focus: string;
  advice: string;
}

export interface PlanStep {
  minutes: number;
  do: string;
}

export interface LessonPlan {
  id: string;
  minutes: number;
  title: string;
  summary: string;
  steps: PlanStep[];
}

export interface Guide {
  file: string;
  title: string;
  dek: string;
  intro: string[];
  levels: Level[];
  prepare: string[];
  plans: LessonPlan[];
}

export type ActivityValue = number | string;

export interface Activity {
  /** The chart whose CSV download the students use. */
  chart: string;
  title: string;
  question: string;
  steps: string[];
  /** The numbers of the answer, by name; tests recompute each from the data. */
  values: Record<string, ActivityValue>;
  /** The answer, with `{name}` where a value goes. */
  answer: string;
  followUp?: string;
}

export interface ClaimExercise {
  /** The popular claim: for an article's <Check>, its claim word for word. */
  claim: string;
  /** What the student looks for in the primary source. */
  task: string;
  /** For a claim the article answers in its prose rather than in a <Check>: the sources and finding. */
  sources?: string[];
  finding?: string;
  /** The step of the article where it is answered (chapter/chart/step), if any. */
  step?: string | null;
}

export interface ChapterGuide {
  file: string;
  chapter: string;
  summary: string;
  goals: string[];
  questions: string[];
  /** Glossary ids. */
  terms: string[];
  activity: Activity;
  check: ClaimExercise;
}

const files = import.meta.glob<unknown>('/content/*/teach/**/*.json', { eager: true, import: 'default' });

type Obj = Record<string, unknown>;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function fields(o: unknown, where: string, allowed: readonly string[]): Obj {
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new Error(`${where}: expected an object`);
  for (const key of Object.keys(o)) {
    if (key !== '$comment' && !allowed.includes(key)) throw new Error(`${where}: unknown field "${key}"`);
  }
  return o as Obj;
}

function text(o: Obj, key: string, where: string): string {
  if (!isText(o[key])) throw new Error(`${where}: "${key}" must be text`);
  return o[key] as string;
}

function texts(o: Obj, key: string, where: string, min = 1, max = Infinity): string[] {
  const v = o[key];
  if (!Array.isArray(v) || !v.every(isText)) throw new Error(`${where}: "${key}" must be a list of texts`);
  if (v.length < min || v.length > max) {
    throw new Error(`${where}: "${key}" needs ${max === Infinity ? `at least ${min}` : `${min}–${max}`} items, has ${v.length}`);
  }
  return v as string[];
}

export function validateGuide(file: string, input: unknown): Guide {
  const o = fields(input, file, ['title', 'dek', 'intro', 'levels', 'prepare', 'plans']);
  const levels = (Array.isArray(o.levels) ? o.levels : []).map((l, i) => {
    const w = `${file}: levels[${i}]`;
    const x = fields(l, w, ['id', 'name', 'focus', 'advice']);
    return { id: text(x, 'id', w), name: text(x, 'name', w), focus: text(x, 'focus', w), advice: text(x, 'advice', w) };
  });
  if (levels.length < 3) throw new Error(`${file}: "levels" must name at least three levels`);
  const plans = (Array.isArray(o.plans) ? o.plans : []).map((p, i) => {
    const w = `${file}: plans[${i}]`;
    const x = fields(p, w, ['id', 'minutes', 'title', 'summary', 'steps']);
    if (typeof x.minutes !== 'number') throw new Error(`${w}: "minutes" must be a number`);
    const steps = (Array.isArray(x.steps) ? x.steps : []).map((s, j) => {
      const ws = `${w}: steps[${j}]`;
      const y = fields(s, ws, ['minutes', 'do']);
      if (typeof y.minutes !== 'number' || y.minutes <= 0) throw new Error(`${ws}: "minutes" must be a positive number`);
      return { minutes: y.minutes, do: text(y, 'do', ws) };
    });
    const total = steps.reduce((a, s) => a + s.minutes, 0);
    if (total !== x.minutes) throw new Error(`${w}: its steps add up to ${total} minutes, not ${x.minutes}`);
    return { id: text(x, 'id', w), minutes: x.minutes, title: text(x, 'title', w), summary: text(x, 'summary', w), steps };
  });
  return {
    file,
    title: text(o, 'title', file),
    dek: text(o, 'dek', file),
    intro: texts(o, 'intro', file),
    levels,
    prepare: texts(o, 'prepare', file),
    plans
  };
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

export function validateChapterGuide(file: string, input: unknown): ChapterGuide {
  const o = fields(input, file, ['chapter', 'summary', 'goals', 'questions', 'terms', 'activity', 'check']);
  const aw = `${file}: activity`;
  const a = fields(o.activity, aw, ['chart', 'title', 'question', 'steps', 'values', 'answer', 'followUp']);
  const values = fields(a.values, `${aw}.values`, Object.keys((a.values as Obj) ?? {}));
  for (const [k, v] of Object.entries(values)) {
    if (!(typeof v === 'number' && Number.isFinite(v)) && !isText(v)) {
      throw new Error(`${aw}.values.${k}: must be a number or text`);
    }
  }
  const answer = text(a, 'answer', aw);
  const used = new Set([...answer.matchAll(PLACEHOLDER)].map((m) => m[1]!));
  for (const name of used) if (!(name in values)) throw new Error(`${aw}.answer: {${name}} is not in "values"`);
  for (const name of Object.keys(values)) {
    if (!used.has(name)) throw new Error(`${aw}.values.${name}: not shown in the answer`);
  }
  const cw = `${file}: check`;
  const c = fields(o.check, cw, ['claim', 'task', 'sources', 'finding', 'step']);
  const check: ClaimExercise = { claim: text(c, 'claim', cw), task: text(c, 'task', cw) };
  if (c.sources !== undefined) check.sources = texts(c, 'sources', cw);
  if (c.finding !== undefined) check.finding = text(c, 'finding', cw);
  if (c.step !== undefined && c.step !== null) check.step = text(c, 'step', cw);
  if ((check.sources === undefined) !== (check.finding === undefined)) {
    throw new Error(`${cw}: give both "sources" and "finding" (a claim the prose answers), or neither (a <Check>)`);
  }
  return {
    file,
    chapter: text(o, 'chapter', file),
    summary: text(o, 'summary', file),
    goals: texts(o, 'goals', file, 2, 5),
    questions: texts(o, 'questions', file, 3, 5),
    terms: texts(o, 'terms', file),
    activity: {
      chart: text(a, 'chart', aw),
      title: text(a, 'title', aw),
      question: text(a, 'question', aw),
      steps: texts(a, 'steps', aw, 2),
      values: values as Record<string, ActivityValue>,
      answer,
      followUp: a.followUp === undefined ? undefined : text(a, 'followUp', aw)
    },
    check
  };
}

/** A value as the guide prints it: thousands separated, decimals as written. */
export function formatValue(v: ActivityValue): string {
  return typeof v === 'number' ? v.toLocaleString('en', { maximumFractionDigits: 6 }) : v;
}

/** The answer with its values in place. */
export function fillAnswer(activity: Pick<Activity, 'answer' | 'values'>): string {
  return activity.answer.replace(PLACEHOLDER, (_, name: string) => formatValue(activity.values[name]!));
}

/** Number of decimals a stated value is given to (79.6 → 1; 1380 → 0). */
export function decimalsOf(v: number): number {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

export interface Teach {
  guide: Guide;
  chapters: ChapterGuide[];
}

const cache = new Map<string, Teach>();

export function teachFor(locale: string = 'en', input: Record<string, unknown> = files): Teach {
  const hit = input === files ? cache.get(locale) : undefined;
  if (hit) return hit;
  const prefix = `/content/${locale}/teach/`;
  const guidePath = `${prefix}guide.json`;
  if (!(guidePath in input)) throw new Error(`No teaching guide for "${locale}" (${guidePath.slice(1)})`);
  const chapters = Object.keys(input)
    .filter((p) => p.startsWith(`${prefix}chapters/`))
    .sort()
    .map((p) => validateChapterGuide(p.slice(1), input[p]));
  const seen = new Set<string>();
  for (const c of chapters) {
    if (seen.has(c.chapter)) throw new Error(`${c.file}: a second guide for chapter "${c.chapter}"`);
    seen.add(c.chapter);
  }
  const out = { guide: validateGuide(guidePath.slice(1), input[guidePath]), chapters };
  if (input === files) cache.set(locale, out);
  return out;
}
