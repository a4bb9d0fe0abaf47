"""Albanian wording for texts the lead added (see fill_sq.py)."""

SQ = {
    "{total} delegates. Regional delegations in the sources: {n}, with {regional} delegates; the other {rest} are "
    "not broken down by region.":
        "{total} delegatë. Delegacione qarqesh në burime: {n}, me {regional} delegatë; {rest} të tjerët nuk "
        "ndahen sipas qarqeve.",
    "Within the {total}: {quotas}.": "Brenda këtyre {total}: {quotas}.",
}
