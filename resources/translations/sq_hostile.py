"""Albanian wording for the strings added by the hostile-input work (plain dialogs, links opened only after
the person has seen them, progress while a dataset opens). Read by fill_sq.py with every other sq_*.py."""

SQ = {
    "{path} could not be shown ({error}); the dataset you had stays open.":
        "{path} nuk mund të shfaqej ({error}); mbeten të hapura të dhënat që kishit.",
    "Something went wrong": "Diçka shkoi keq",
    "Something went wrong, and the app carries on: {error}": "Diçka shkoi keq, por programi vazhdon: {error}",
    "Opening {name}…": "Po hapet {name}…",
    "Cancel": "Anulo",
    "Open in your web browser?": "Të hapet në shfletues?",
    "Open this address in your web browser?": "Të hapet kjo adresë në shfletuesin tuaj?",
}
