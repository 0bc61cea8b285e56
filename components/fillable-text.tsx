import type { Fillable } from "@/lib/content/placeholder";
import { Placeholder } from "./fact-text";

export function FillableText({ value }: { value: Fillable<string> }) {
  return value.filled ? <>{value.value}</> : <Placeholder hint={value.hint} />;
}
