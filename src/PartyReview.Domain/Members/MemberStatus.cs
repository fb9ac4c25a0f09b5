namespace PartyReview.Domain.Members;

public enum MemberStatus
{
    /// <summary>Đảng viên dự bị.</summary>
    Probationary = 1,

    /// <summary>Đảng viên chính thức.</summary>
    Official = 2,
}

public enum Gender
{
    Male = 1,
    Female = 2,
}
