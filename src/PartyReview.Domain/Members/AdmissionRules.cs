namespace PartyReview.Domain.Members;

/// <summary>Conditions on a person's admission to the Party that the app checks.</summary>
public static class AdmissionRules
{
    /// <summary>A person is admitted at 18 or older (Điều lệ Đảng, Điều 1).</summary>
    public const int MinimumAge = 18;

    /// <summary>Whether someone born on <paramref name="birthDate"/> is old enough to be admitted on <paramref name="admittedOn"/>.</summary>
    public static bool IsOldEnough(DateOnly birthDate, DateOnly admittedOn) => birthDate.AddYears(MinimumAge) <= admittedOn;
}
