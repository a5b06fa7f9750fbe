/**
 * The generator checks a field when the user leaves it (mode 'onBlur') or presses Next, not on
 * every change: a new condition or a half-typed principal is not wrong yet. Once a field shows
 * an error, though, each change checks it again, so the message goes as soon as it is fixed.
 */
import { useFormContext, type FieldPath } from 'react-hook-form';
import type { GeneratorForm } from './generator-schema';

export function useRecheck(): (name: FieldPath<GeneratorForm>) => void {
  const { getFieldState, trigger } = useFormContext<GeneratorForm>();
  return (name) => {
    if (getFieldState(name).error) void trigger(name);
  };
}
