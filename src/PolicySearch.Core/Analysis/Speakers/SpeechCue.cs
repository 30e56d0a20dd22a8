namespace PolicySearch.Core.Analysis.Speakers;

internal enum SpeechCueKind
{
    /// <summary>"said", "told", "was critical": the subject before it (or after it, inverted) is the speaker.</summary>
    Verb,

    /// <summary>"saying", "adding": the speaker is the subject of the clause it hangs from.</summary>
    Participle,

    /// <summary>"according to": the speaker follows.</summary>
    LeadIn,

    /// <summary>"Lee had a blunt message for ICE: “…”": a colon before a quote; the clause's subject is the speaker.</summary>
    Colon,

    /// <summary>
    /// "The Department of Homeland Security today announced the launch of …": a clause-final verb in mid-clause, speech
    /// only when a body opens the sentence as its subject (a person "announced a plan" is not quoted).
    /// </summary>
    BodyVerb,
}

/// <summary>A speech cue found outside quoted words.</summary>
internal sealed record SpeechCue(int Start, int End, SpeechCueKind Kind, string Text);
