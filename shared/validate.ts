// A small runtime validator for API arguments. Every transport hands untrusted JSON to
// dispatch, so each method's arguments are checked here before a handler sees them.

export type Validator<T> = (value: unknown, path: string) => T;

export class ValidationError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path || 'arguments'}: expected ${expected}`);
    this.name = 'ValidationError';
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function fail(path: string, expected: string, value: unknown): never {
  throw new ValidationError(path, `${expected}, got ${describe(value)}`);
}

export const string =
  (options: { maxLength?: number; minLength?: number } = {}): Validator<string> =>
  (value, path) => {
    if (typeof value !== 'string') fail(path, 'a string', value);
    if (options.minLength !== undefined && value.length < options.minLength)
      throw new ValidationError(path, `at least ${options.minLength} characters`);
    if (options.maxLength !== undefined && value.length > options.maxLength)
      throw new ValidationError(path, `at most ${options.maxLength} characters`);
    return value;
  };

export const integer =
  (options: { min?: number; max?: number } = {}): Validator<number> =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) fail(path, 'an integer', value);
    if (options.min !== undefined && value < options.min)
      throw new ValidationError(path, `an integer ≥ ${options.min}`);
    if (options.max !== undefined && value > options.max)
      throw new ValidationError(path, `an integer ≤ ${options.max}`);
    return value;
  };

export const number: Validator<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'a finite number', value);
  return value;
};

export const boolean: Validator<boolean> = (value, path) => {
  if (typeof value !== 'boolean') fail(path, 'true or false', value);
  return value;
};

export const literal =
  <const T extends readonly string[]>(choices: T): Validator<T[number]> =>
  (value, path) => {
    if (typeof value !== 'string' || !choices.includes(value))
      throw new ValidationError(path, `one of ${choices.join(', ')}`);
    return value;
  };

export const array =
  <T>(item: Validator<T>, options: { maxLength?: number } = {}): Validator<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) fail(path, 'an array', value);
    if (options.maxLength !== undefined && value.length > options.maxLength)
      throw new ValidationError(path, `at most ${options.maxLength} items`);
    return value.map((element, index) => item(element, `${path}[${index}]`));
  };

export const nullable =
  <T>(inner: Validator<T>): Validator<T | null> =>
  (value, path) =>
    value === null ? null : inner(value, path);

/** Marks a property as optional in `object`; an absent or undefined value is left out. */
export type Optional<T> = Validator<T | undefined> & { optional: true };

export const optional = <T>(inner: Validator<T>): Optional<T> =>
  Object.assign(
    (value: unknown, path: string) => (value === undefined ? undefined : inner(value, path)),
    {
      optional: true as const,
    },
  );

type Shape = Record<string, Validator<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends Optional<unknown> ? K : never;
}[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type Infer<V> = V extends Validator<infer T> ? T : never;
export type ObjectOf<S extends Shape> = { [K in RequiredKeys<S>]: Infer<S[K]> } & {
  [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined>;
} extends infer O
  ? { [K in keyof O]: O[K] }
  : never;

/** An object with exactly these properties: unknown properties are refused, so typos surface. */
export const object =
  <S extends Shape>(shape: S): Validator<ObjectOf<S>> =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      fail(path, 'an object', value);
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!(key in shape))
        throw new ValidationError(path ? `${path}.${key}` : key, 'no such property');
    }
    const result: Record<string, unknown> = {};
    for (const [key, validate] of Object.entries(shape)) {
      const checked = validate(record[key], path ? `${path}.${key}` : key);
      if (checked !== undefined) result[key] = checked;
    }
    return result as ObjectOf<S>;
  };
