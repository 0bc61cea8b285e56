/** What the availability figures measure, and what they do not. */
export function AvailabilityNote() {
  return (
    <p>
      Ces chiffres sont calculés à partir des interventions déclarées dans ce journal, et non par une sonde externe&nbsp;: ils valent ce que
      vaut ma déclaration. Sont comptées les interruptions causées par un incident, et les maintenances annoncées trop tard&nbsp;; les
      maintenances annoncées dans le délai prévu par les CGU sont indiquées à part, et un service seulement dégradé n’est pas compté comme
      interrompu. L’objectif est celui des CGU en vigueur pendant la période.
    </p>
  );
}
