// The school screen behind each figure of the dashboard (SD-9).
export const schoolLinks = (schoolId: string) => ({
  school: `#/escuelas/${schoolId}`,
  programme: `#/escuelas/${schoolId}/asesoria`,
  pme: `#/escuelas/${schoolId}/pme`,
  monitoring: `#/escuelas/${schoolId}/monitoreo`,
  evaluation: `#/escuelas/${schoolId}/evaluacion`,
});
