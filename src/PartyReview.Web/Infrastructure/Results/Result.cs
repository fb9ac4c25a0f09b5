namespace PartyReview.Web.Infrastructure.Results;

/// <summary>
/// One refusal of a use case: the form field it belongs to (null: the whole form), the key of its message in the
/// feature's resources, and the values the message quotes ({0}, {1}…), already formatted the Vietnamese way.
/// </summary>
public sealed record ResultError(string? Field, string MessageKey, params object?[] Arguments);

/// <summary>
/// What a use case that writes answers: done, or refused with field-keyed errors. The one result type of the services;
/// controllers turn the errors into model state with <see cref="ResultLocalization.AddErrors"/>.
/// </summary>
public class Result
{
    protected Result(IReadOnlyList<ResultError> errors) => Errors = errors;

    public static Result Ok { get; } = new([]);

    public IReadOnlyList<ResultError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    /// <summary>The first error, for the pages that show one message.</summary>
    public ResultError? FirstError => Errors.Count == 0 ? null : Errors[0];

    public static Result Fail(string? field, string messageKey, params object?[] arguments) => new([new ResultError(field, messageKey, arguments)]);

    public static Result Fail(IEnumerable<ResultError> errors)
    {
        var list = errors.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(errors));
        }

        return new Result(list);
    }

    public static Result<T> Success<T>(T value) => new(value, []);

    public bool HasErrorOn(string field) => Errors.Any(e => e.Field == field);

    /// <summary>Refused because someone else saved meanwhile: what they saved, and the version stored now.</summary>
    public EditConflict? Conflict { get; internal init; }

    /// <summary>Refused as a conflict: the form was shown at an older version than the one stored.</summary>
    public static Result Stale(EditConflict conflict) => new([new ResultError(null, EditConflict.MessageKey)]) { Conflict = conflict };
}

/// <summary>A result that also carries a value when it succeeded (the id of what was created…).</summary>
public sealed class Result<T> : Result
{
    internal Result(T? value, IReadOnlyList<ResultError> errors)
        : base(errors) => Value = value;

    public T? Value { get; }
}

/// <summary>Failed results typed for a value.</summary>
public static class Failed
{
    public static Result<T> As<T>(string? field, string messageKey, params object?[] arguments) =>
        new(default, [new ResultError(field, messageKey, arguments)]);

    /// <summary>The same errors, typed for another value.</summary>
    public static Result<T> As<T>(Result failed)
    {
        ArgumentNullException.ThrowIfNull(failed);
        return new(default, failed.Errors) { Conflict = failed.Conflict };
    }

    /// <summary>Refused as a conflict, typed for a value.</summary>
    public static Result<T> Stale<T>(EditConflict conflict) => new(default, [new ResultError(null, EditConflict.MessageKey)]) { Conflict = conflict };
}
