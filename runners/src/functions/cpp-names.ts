import type { TypeRef } from './type-language';

/**
 * Words a C++ name cannot be, plus names the driver needs untouched: `main`
 * (the driver renames the candidate's), `std` (a parameter named std hides
 * the namespace from the parameters after it) and the C library's macros.
 */
const RESERVED = new Set(
  (
    'alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t char32_t class compl concept const consteval ' +
    'constexpr constinit const_cast continue co_await co_return co_yield decltype default delete do double dynamic_cast else enum explicit export ' +
    'extern false float for friend goto if inline int long mutable namespace new noexcept not not_eq nullptr operator or or_eq private protected ' +
    'public register reinterpret_cast requires return short signed sizeof static static_assert static_cast struct switch template this ' +
    'thread_local throw true try typedef typeid typename union unsigned using virtual void volatile wchar_t while xor xor_eq ' +
    'main std errno assert stdin stdout stderr NULL EOF'
  ).split(' '),
);

/** A signature name as C++ spells it: unchanged, or with a trailing `_` when it is a C++ keyword (`new` → `new_`). */
export function cppName(name: string): string {
  return RESERVED.has(name) ? `${name}_` : name;
}

/**
 * The C++ type for a type of the signature (challenges/README.md,
 * "Signatures"). `scope` prefixes record names: the driver writes `::Interval`
 * so nothing in its own namespace can shadow the candidate's struct.
 */
export function cppType(type: TypeRef, scope = ''): string {
  switch (type.kind) {
    case 'int':
      return 'long long';
    case 'float':
      return 'double';
    case 'bool':
      return 'bool';
    case 'string':
      return 'std::string';
    case 'array':
      return `std::vector<${cppType(type.of, scope)}>`;
    case 'map':
      return `std::unordered_map<std::string, ${cppType(type.of, scope)}>`;
    case 'nullable':
      return `std::optional<${cppType(type.of, scope)}>`;
    case 'record':
      return `${scope}${type.name}`;
  }
}

/** The standard headers a set of types needs, sorted (`<optional>`, `<string>`, ...). */
export function cppHeaders(types: TypeRef[]): string[] {
  const headers = new Set<string>();
  const visit = (type: TypeRef): void => {
    if (type.kind === 'string') headers.add('string');
    if (type.kind === 'array') headers.add('vector');
    if (type.kind === 'nullable') headers.add('optional');
    if (type.kind === 'map') headers.add('string').add('unordered_map');
    if (type.kind === 'array' || type.kind === 'map' || type.kind === 'nullable') visit(type.of);
  };
  types.forEach(visit);
  return [...headers].sort();
}
