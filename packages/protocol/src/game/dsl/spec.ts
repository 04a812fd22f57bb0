/**
 * What a field looks like on the wire, as data: the layouts are readable as the spec, and tests
 * derive arbitrary packets from it. Sizes are in bytes; `max` bounds include a string's NUL.
 */
export type FieldSpec =
  | { readonly kind: "int"; readonly bytes: 1 | 2 | 4; readonly signed: boolean }
  | { readonly kind: "enum"; readonly bytes: 1 | 2; readonly values: readonly number[] }
  | { readonly kind: "str"; readonly bytes: number }
  | { readonly kind: "cstr"; readonly max: number }
  | { readonly kind: "text"; readonly max: number }
  | { readonly kind: "bytes"; readonly bytes: number }
  | { readonly kind: "rest"; readonly min: number; readonly max: number }
  | { readonly kind: "ipv4" }
  | { readonly kind: "pad"; readonly bytes: number; readonly fill: number }
  | { readonly kind: "const"; readonly value: number }
  | { readonly kind: "bits"; readonly bytes: 1 | 2 | 4; readonly parts: readonly (readonly [string, number])[] }
  | { readonly kind: "opt"; readonly of: FieldSpec }
  | { readonly kind: "array"; readonly of: FieldSpec; readonly count: number }
  | { readonly kind: "list"; readonly of: FieldSpec; readonly min: number; readonly max: number }
  | { readonly kind: "struct"; readonly fields: readonly (readonly [string, FieldSpec])[] }
  /** A hand-written field (bit-packed records); `name` says which. */
  | { readonly kind: "custom"; readonly name: string; readonly bytes: number };
