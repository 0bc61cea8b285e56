import { formatDateTimeParis } from "@/lib/format/dates";
import type { InterventionFrontmatter } from "@/lib/content/schemas/intervention";
import { buildTimeline, type TimelineEvent } from "@/lib/interventions/timeline";
import { TimeRange } from "./time-range";

const labels: Record<TimelineEvent["kind"], { done: string; planned: string }> = {
  announced: { done: "Annonce", planned: "Annonce" },
  rescheduled: { done: "Report", planned: "Report" },
  update: { done: "Mise à jour", planned: "Mise à jour" },
  start: { done: "Début", planned: "Début prévu" },
  end: { done: "Fin", planned: "Fin prévue" },
  cancelled: { done: "Annulation", planned: "Annulation" },
};

/** The dated history of one intervention: announcement, updates, reschedules, start and end. */
export function InterventionTimeline({ frontmatter, now }: { frontmatter: InterventionFrontmatter; now: Date }) {
  const events = buildTimeline(frontmatter, now);
  return (
    <ol className="not-prose relative ml-2 border-l-2 border-stone-200 dark:border-stone-700">
      {events.map((event, index) => (
        <li key={index} className="relative mb-5 pl-5 last:mb-0">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[7px] h-3 w-3 rounded-full border-2 border-white bg-teal-700 dark:border-stone-950 dark:bg-teal-400"
          />
          <p className="text-sm text-stone-700 dark:text-stone-300">
            <strong className="text-stone-950 dark:text-white">
              {event.planned ? labels[event.kind].planned : labels[event.kind].done}
            </strong>{" "}
            — <time dateTime={event.at.toISOString()}>{formatDateTimeParis(event.at)}</time>
          </p>
          {event.previous ? (
            <p className="mt-1">
              Initialement prévue <TimeRange start={event.previous.start} end={event.previous.end} />.
            </p>
          ) : null}
          {event.text ? <p className="mt-1">{event.text}</p> : null}
        </li>
      ))}
    </ol>
  );
}
