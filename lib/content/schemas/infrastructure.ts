import { calendarDate, prose, text, url } from "../fields";
import { fillable } from "../placeholder";
import { explainInvalidLayout, raidLevels } from "../raid-layouts";
import { z } from "../zod-fr";

export type { RaidLevel } from "../raid-layouts";

const serviceIdSchema = z.string().regex(/^[a-z0-9-]+$/, "identifiant en minuscules, chiffres et tirets");

/** content/data/infrastructure.yaml: every figure about the machine, in one place. */
export const infrastructureSchema = z.strictObject({
  provider: z.strictObject({
    name: prose,
    address: text,
    phone: fillable(text),
    website: url,
  }),
  datacenter: z.strictObject({
    code: text,
    city: prose,
    country: prose,
    /** What the building provides, in words: it does not make the one server redundant. */
    redundancy: prose,
  }),
  server: z
    .strictObject({
      disks: z.strictObject({
        count: z.int("nombre entier attendu").positive("au moins un disque"),
        sizeTb: z.number().positive("taille positive attendue"),
        kind: prose,
      }),
      raidLevel: z.enum(raidLevels),
      ram: z.strictObject({
        sizeGb: z.int("nombre entier attendu").positive(),
        type: text,
        ecc: z.boolean(),
      }),
      powerSupplies: z.int("nombre entier attendu").positive(),
      networkInterfaces: z.int("nombre entier attendu").positive(),
      networkSpeedGbps: z.number().positive(),
    })
    .superRefine((server, ctx) => {
      const problem = explainInvalidLayout({ diskCount: server.disks.count, raidLevel: server.raidLevel });
      if (problem) ctx.addIssue({ code: "custom", path: ["raidLevel"], message: problem });
    }),
  software: z.strictObject({
    hypervisor: text,
    hostOs: text,
    containerTechnology: text,
    containerOs: text,
  }),
  backup: z.strictObject({
    tool: text,
    frequency: prose,
    scope: prose,
    encrypted: z.boolean(),
    provider: text,
    providerWebsite: url,
    region: prose,
    /** As the operator states it, e.g. « quelques heures à quelques jours ». */
    restoreTime: prose,
  }),
  /** First day (Paris) from which every intervention is in the public log: availability is measured from there. */
  inServiceSince: fillable(calendarDate),
  /** What an intervention can affect; intervention files name these ids. */
  services: z
    .array(z.strictObject({ id: serviceIdSchema, label: prose }))
    .min(1)
    .refine((services) => new Set(services.map((service) => service.id)).size === services.length, {
      message: "deux services ont le même identifiant",
    }),
});

export type Infrastructure = z.infer<typeof infrastructureSchema>;
