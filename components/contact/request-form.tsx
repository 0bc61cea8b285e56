"use client";

import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import type { RequestFormState } from "@/lib/contact/form-state";
import { isRefusalMessage } from "@/lib/contact/refusals";
import { honeypotField, requestFieldNames, requestFields, startedAtField, type RequestFieldName } from "@/lib/contact/request-fields";
import { sendRequest } from "@/lib/contact/send-request-action";
import { pageHref } from "@/lib/web/routes";

/**
 * The request form. Without JavaScript it is a plain form posted to the server action, and the
 * page comes back with the returned state (autoFocus puts the focus on the summary). With
 * JavaScript the same action is called without reloading, and a refusal from proxy.ts (403, 413,
 * 429) is shown in the form instead of an error page, with the text still in place.
 */
export function RequestForm({ initialState, consent }: { initialState: RequestFormState; consent: ReactNode }) {
  // The permalink is the form's `action` without JavaScript: React would write an empty one, which
  // is invalid HTML.
  const [posted, formAction] = useActionState(sendRequest, initialState, pageHref("contact"));
  const [scripted, setScripted] = useState<RequestFormState>();
  const [sending, startTransition] = useTransition();
  const [answers, setAnswers] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const state = scripted ?? posted;

  useEffect(() => {
    if (answers > 0) summary.current?.focus();
  }, [answers]);

  function submitWithoutReload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      let next: RequestFormState;
      try {
        next = await sendRequest(state, formData);
      } catch (error) {
        const message = error instanceof Error && isRefusalMessage(error.message) ? error.message : unreachableMessage;
        next = { ...state, fieldErrors: {}, formError: message };
      }
      setScripted(next);
      setAnswers((count) => count + 1);
    });
  }

  if (state.sent) {
    return (
      <div ref={summary} tabIndex={-1} autoFocus className="not-prose rounded-lg border-2 border-teal-800 p-5 dark:border-teal-300">
        <h2 className="text-xl font-semibold">Demande envoyée</h2>
        <p className="mt-2">
          Merci. Votre demande est enregistrée sous la référence <strong>{state.sent.reference}</strong>. Je l’étudierai et vous répondrai à
          l’adresse e-mail que vous avez indiquée.
        </p>
      </div>
    );
  }

  const errors = requestFieldNames.filter((name) => state.fieldErrors[name]);
  return (
    <form action={formAction} onSubmit={submitWithoutReload} noValidate className="not-prose mt-8 flex flex-col gap-6">
      {state.formError ? (
        <div
          ref={summary}
          tabIndex={-1}
          autoFocus
          aria-labelledby="erreurs-titre"
          className="rounded-lg border-2 border-red-700 p-4 focus:outline-2 focus:outline-offset-2 dark:border-red-400"
        >
          <h2 id="erreurs-titre" className="text-lg font-semibold">
            {state.formError}
          </h2>
          {errors.length > 0 ? (
            <ul className="mt-2 list-disc pl-6">
              {errors.map((name) => (
                <li key={name}>
                  <a href={`#champ-${name}`} className="text-red-800 underline dark:text-red-300">
                    {requestFields[name].label}&nbsp;: {state.fieldErrors[name]}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      {requestFieldNames.map((name) => (
        <Field key={name} name={name} value={state.values[name]} error={state.fieldErrors[name]} />
      ))}

      {/* For robots only: hidden from people and from assistive technologies. */}
      <div className="hidden">
        <label htmlFor="champ-website">Site web (ne pas remplir)</label>
        <input id="champ-website" name={honeypotField} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <input type="hidden" name={startedAtField} value={state.startedAt} />

      <p className="text-sm text-stone-700 dark:text-stone-300">{consent}</p>
      <p>
        <button
          type="submit"
          disabled={sending}
          className="rounded-md bg-teal-800 px-5 py-2.5 font-semibold text-white hover:bg-teal-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-800 disabled:opacity-70 dark:bg-teal-300 dark:text-stone-950 dark:hover:bg-teal-200"
        >
          {sending ? "Envoi en cours…" : "Envoyer"}
        </button>
      </p>
    </form>
  );
}

const unreachableMessage =
  "La demande n’a pas pu partir (connexion interrompue ou serveur indisponible). Votre texte est conservé\u00a0: réessayez dans un instant.";

function Field({ name, value, error }: { name: RequestFieldName; value: string; error?: string }) {
  const { label, maxLength, autoComplete, required } = requestFields[name];
  const id = `champ-${name}`;
  const errorId = `erreur-${name}`;
  const common = {
    id,
    name,
    defaultValue: value,
    maxLength,
    autoComplete,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? errorId : undefined,
    className:
      "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-stone-950 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700 dark:border-stone-500 dark:bg-stone-900 dark:text-stone-50 dark:aria-[invalid=true]:border-red-400",
  };
  return (
    <div>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
          {error}
        </p>
      ) : null}
      {name === "project" ? (
        <textarea {...common} rows={8} />
      ) : (
        <input {...common} type={name === "email" ? "email" : "text"} inputMode={name === "spaceTb" ? "decimal" : undefined} />
      )}
    </div>
  );
}
