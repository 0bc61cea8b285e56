import { describe, expect, test } from "vitest";
import { formatRefusal, isRefusalMessage } from "@/lib/contact/refusals";
import { readClientAddress } from "@/lib/contact/client-address";
import { RateLimiter } from "@/lib/contact/rate-limit";
import { emptyRequestValues } from "@/lib/contact/request-fields";
import { validateRequest } from "@/lib/contact/validate-request";
import { validRequest } from "../support/request-form";

describe("the form's validation", () => {
  test("accepts a complete request and reads « 2,5 » To as 2.5", () => {
    const result = validateRequest(validRequest);
    expect(result).toEqual({
      ok: true,
      fields: { ...validRequest, spaceTb: 2.5 },
    });
  });

  test("leaves out the optional fields when they are empty", () => {
    const result = validateRequest({ ...validRequest, organization: " ", spaceTb: "" });
    expect(result.ok && result.fields).toEqual({ name: validRequest.name, email: validRequest.email, project: validRequest.project });
  });

  test("gives each missing required field its own French message", () => {
    const result = validateRequest(emptyRequestValues);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors).toEqual({
      name: "Indiquez votre nom.",
      email: "Indiquez votre adresse e-mail, pour que je puisse vous répondre.",
      project: "Décrivez votre projet en quelques mots.",
    });
  });

  test("refuses an invalid e-mail address", () => {
    const result = validateRequest({ ...validRequest, email: "camille@" });
    expect(!result.ok && result.fieldErrors.email).toMatch(/n’est pas valide/);
  });

  test("refuses a field over its maximum length", () => {
    const result = validateRequest({ ...validRequest, project: "x".repeat(5001) });
    expect(!result.ok && result.fieldErrors.project).toBe("5000 caractères au plus.");
  });

  test("refuses a line break in a name, which would end up in a mail header", () => {
    const result = validateRequest({ ...validRequest, name: "Camille\r\nBcc: victime@example.org" });
    expect(!result.ok && result.fieldErrors.name).toMatch(/une seule ligne/);
  });

  test("refuses a space that is not a positive number of To", () => {
    for (const spaceTb of ["beaucoup", "0", "-1", "2000"]) {
      const result = validateRequest({ ...validRequest, spaceTb });
      expect(!result.ok && result.fieldErrors.spaceTb, spaceTb).toMatch(/nombre de To/);
    }
  });
});

describe("the rate limit", () => {
  test("lets `max` posts through per window and says when to come back", () => {
    const limiter = new RateLimiter({ max: 2, windowMs: 60_000 });
    expect(limiter.take("a", 0).allowed).toBe(true);
    expect(limiter.take("a", 1_000).allowed).toBe(true);
    expect(limiter.take("a", 2_000)).toEqual({ allowed: false, retryAfterMs: 58_000 });
    expect(limiter.take("b", 2_000).allowed).toBe(true);
    expect(limiter.take("a", 60_001).allowed).toBe(true);
  });
});

describe("the client's address", () => {
  test("comes from X-Real-IP only when the connection is from loopback (nginx)", () => {
    expect(readClientAddress("127.0.0.1", { "x-real-ip": "203.0.113.7" })).toBe("203.0.113.7");
    expect(readClientAddress("::ffff:127.0.0.1", { "x-real-ip": "2001:db8::1" })).toBe("2001:db8::1");
    expect(readClientAddress("198.51.100.2", { "x-real-ip": "203.0.113.7" })).toBe("198.51.100.2");
    expect(readClientAddress("127.0.0.1", { "x-real-ip": "n'importe quoi" })).toBe("127.0.0.1");
  });
});

test("a refusal from the proxy is recognised by the form, anything else is not", () => {
  expect(isRefusalMessage(formatRefusal(429))).toBe(true);
  expect(isRefusalMessage("An unexpected response was received from the server.")).toBe(false);
});
